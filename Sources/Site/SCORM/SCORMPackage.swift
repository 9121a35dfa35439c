import Course
import Foundation
import ZIPFoundation

/// A built site as a SCORM 1.2 package: imsmanifest.xml at the root beside every file of
/// the site, zipped in memory. Entries are sorted and carry a fixed date and permissions,
/// so the same site gives the same bytes.
public struct SCORMPackage: Sendable {
    public enum Failure: Error, CustomStringConvertible, Equatable {
        case cannotRead(String, String)
        case cannotZip(String)
        case reservedName(String)

        public var description: String {
            switch self {
            case .cannotRead(let path, let reason): return "error: cannot read '\(path)' for the package: \(reason)"
            case .cannotZip(let reason): return "error: cannot make the zip: \(reason)"
            case .reservedName(let path): return "error: the site has its own '\(path)', which a SCORM package keeps for its manifest"
            }
        }
    }

    public var manifest: SCORMManifest
    /// The zip file's bytes.
    public var data: Data
    /// `<identifier>-scorm12.zip`.
    public var fileName: String { manifest.identifier + "-scorm12.zip" }

    /// 1980-01-01 00:00 UTC, the earliest date a zip entry can carry.
    static let entryDate = Date(timeIntervalSince1970: 315_532_800)
    static let manifestPath = "imsmanifest.xml"

    /// Packages the files of a build. Throws only when a copied file cannot be read or the
    /// zip cannot be made.
    public static func make(config: CourseConfig, files: [OutputFile]) throws -> SCORMPackage {
        let sorted = files.sorted { $0.path < $1.path }
        if sorted.contains(where: { $0.path == manifestPath }) { throw Failure.reservedName(manifestPath) }
        let manifest = SCORMManifest(config: config, files: sorted.map(\.path))
        do {
            let archive = try Archive(data: Data(), accessMode: .create)
            try add(Data(manifest.xml.utf8), at: manifestPath, to: archive)
            for file in sorted {
                try add(try contents(of: file), at: file.path, to: archive)
            }
            guard let data = archive.data else { throw Failure.cannotZip("the archive has no data") }
            return SCORMPackage(manifest: manifest, data: data)
        } catch let failure as Failure {
            throw failure
        } catch {
            throw Failure.cannotZip("\(error)")
        }
    }

    private static func contents(of file: OutputFile) throws -> Data {
        switch file.contents {
        case .bytes(let data):
            return data
        case .copy(let source):
            do {
                return try FileSystem.read(source)
            } catch {
                throw Failure.cannotRead(source, "\(error)")
            }
        }
    }

    private static func add(_ data: Data, at path: String, to archive: Archive) throws {
        try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), modificationDate: entryDate,
                             permissions: 0o644, compressionMethod: .deflate) { position, size in
            data.subdata(in: data.startIndex + Int(position)..<data.startIndex + Int(position) + size)
        }
    }
}
