import Course

/// What the preview serves now: the last good site, the errors of the last save when it
/// did not build, and an id that changes with every build.
actor SiteStore {
    private(set) var site: SiteSnapshot?
    private(set) var errors: [Diagnostic] = []
    private var number = 0
    private var hasBuilt = false
    private var waiting: [CheckedContinuation<Void, Never>] = []
    /// Tells builds of this server from those of an earlier one on the same port.
    private let token: String

    init(token: String) {
        self.token = token
    }

    /// Sent to the pages, which reload when they were served from another build.
    var build: String { "\(token)-\(number)" }

    /// Publishes a good build; the error overlay goes away.
    func publish(_ site: SiteSnapshot) {
        self.site = site
        errors = []
        number += 1
        finishFirstBuild()
    }

    /// Keeps the last good site and remembers why the new one failed.
    func fail(_ diagnostics: [Diagnostic]) {
        errors = diagnostics
        finishFirstBuild()
    }

    /// Returns once the first build has finished, good or not.
    func waitForFirstBuild() async {
        guard !hasBuilt else { return }
        await withCheckedContinuation { waiting.append($0) }
    }

    private func finishFirstBuild() {
        hasBuilt = true
        for continuation in waiting { continuation.resume() }
        waiting = []
    }
}
