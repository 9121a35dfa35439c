import Foundation

/// Opens a URL in the desktop's browser, where there is one.
enum Browser {
    static func open(_ url: URL) {
        #if os(macOS)
        let opener = "open"
        #else
        let opener = "xdg-open"
        #endif
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [opener, url.absoluteString]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            Report.fail("note: could not open a browser (\(opener)); open \(url.absoluteString) yourself")
        }
    }
}
