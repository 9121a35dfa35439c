import Foundation

extension OutputWriter {
    /// Writes one file (a package) into `folder`, creating the folder if needed. The bytes
    /// go to a temporary file that is renamed into place, so an interrupted export never
    /// leaves half a zip. Returns the file's path.
    public func writeFile(_ data: Data, named name: String, into folder: String) throws -> String {
        let target = URL(fileURLWithPath: folder).appendingPathComponent(name)
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            try data.write(to: target, options: .atomic)
        } catch {
            throw Failure.cannotWrite(target.path, error.localizedDescription)
        }
        return (folder as NSString).appendingPathComponent(name)
    }
}
