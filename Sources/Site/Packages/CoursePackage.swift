import Course
import Foundation
import ZIPFoundation

/// A built site as a package for an LMS or a learning record store: its manifest
/// (imsmanifest.xml, tincan.xml or cmi5.xml) at the root beside every file of the site,
/// zipped in memory. Entries are sorted and carry a fixed date and permissions, so the
/// same site gives the same bytes.
public struct CoursePackage: Sendable {
    public enum Failure: Error, CustomStringConvertible, Equatable {
        case cannotRead(String, String)
        case cannotZip(String)
        case reservedName(String)

        public var description: String {
            switch self {
            case .cannotRead(let path, let reason): return "error: cannot read '\(path)' for the package: \(reason)"
            case .cannotZip(let reason): return "error: cannot make the zip: \(reason)"
            case .reservedName(let path): return "error: the site has its own '\(path)', which the package keeps for its manifest"
            }
        }
    }

    public var manifest: PackageManifest
    /// How many files of the site it holds, besides the manifest.
    public var fileCount: Int
    /// The zip file's bytes.
    public var data: Data
    /// `<identifier>-<standard>.zip`, e.g. `de-escalation-scorm12.zip`.
    public var fileName: String

    /// 1980-01-01 00:00 UTC, the earliest date a zip entry can carry.
    static let entryDate = Date(timeIntervalSince1970: 315_532_800)

    /// Packages the files of a build for `reporting`'s standard. Throws only when a copied
    /// file cannot be read or the zip cannot be made.
    public static func make(_ reporting: Reporting, config: CourseConfig, files: [OutputFile], gradedQuizzes: Int) throws -> CoursePackage {
        let sorted = files.sorted { $0.path < $1.path }
        let manifest = PackageManifest.make(reporting, config: config, files: sorted.map(\.path), gradedQuizzes: gradedQuizzes)
        if sorted.contains(where: { $0.path == manifest.path }) { throw Failure.reservedName(manifest.path) }
        do {
            let archive = try Archive(data: Data(), accessMode: .create)
            try add(Data(manifest.xml.utf8), at: manifest.path, to: archive)
            for file in sorted {
                try add(try contents(of: file), at: file.path, to: archive)
            }
            guard let data = archive.data else { throw Failure.cannotZip("the archive has no data") }
            return CoursePackage(manifest: manifest, fileCount: sorted.count, data: data,
                                 fileName: SCORMManifest.identifier(for: config) + "-" + reporting.standard.rawValue + ".zip")
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
