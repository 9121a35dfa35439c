@testable import Preview
import Testing

@Suite struct RequestPathTests {
    @Test func foldersServeTheirIndex() {
        #expect(RequestPath.sitePath("/") == "index.html")
        #expect(RequestPath.sitePath("/basics/first/") == "basics/first/index.html")
        #expect(RequestPath.sitePath("/basics/first/?x=1#top") == "basics/first/index.html")
    }

    @Test func filesAreDecoded() {
        #expect(RequestPath.sitePath("/assets/style.css") == "assets/style.css")
        #expect(RequestPath.sitePath("/basics/img/a%20chart.png") == "basics/img/a chart.png")
        #expect(RequestPath.sitePath("//basics//first") == "basics/first")
    }

    @Test(arguments: [
        "/..", "/../etc/hostname", "/a/../../b", "/%2e%2e/x", "/%2E%2e/x", "/.%2e/x", "/./x",
        "/a%2fb", "/a%2Fb", "/a%5cb", "/a%00b", "/a%zz", "relative", "",
    ])
    func pathsThatCouldLeaveTheSiteAreRefused(_ path: String) {
        #expect(RequestPath.sitePath(path) == nil)
    }
}
