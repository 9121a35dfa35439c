import Foundation

/// The files the preview adds to a site as it serves it, under `/__parley/`. They are
/// compiled into the binary, so an installed `parley` needs nothing beside it.
enum PreviewAsset {
    static let prefix = "/__parley/"

    static func named(_ name: String) -> (data: Data, mediaType: String)? {
        switch name {
        case "reload.js": return (Data(PackageResources.reload_js), MediaType.javaScript)
        case "preview.css": return (Data(PackageResources.preview_css), MediaType.css)
        default: return nil
        }
    }
}
