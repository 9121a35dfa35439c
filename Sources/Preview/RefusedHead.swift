import NIOCore

/// Why `RequestHeadGuard` refused a request head, and the short answer it writes itself,
/// before the HTTP decoder has a request to hand on.
enum RefusedHead {
    /// 414: the request line alone is over its limit.
    case requestLine
    /// 431: one header line, or the head as a whole, is over its limit.
    case headerFields

    func response(limits: RequestHeadGuard.Limits, allocator: ByteBufferAllocator) -> ByteBuffer {
        let status: String, message: String
        switch self {
        case .requestLine:
            status = "414 URI Too Long"
            message = "The request line is longer than the preview accepts (\(limits.requestLine / 1024) KB).\n"
        case .headerFields:
            status = "431 Request Header Fields Too Large"
            message = "A header line is longer than \(limits.headerLine / 1024) KB, or all of them together longer than \(limits.head / 1024) KB.\n"
        }
        let head = "HTTP/1.1 \(status)\r\nContent-Type: text/plain; charset=utf-8\r\n"
            + "Content-Length: \(message.utf8.count)\r\nConnection: close\r\n\r\n"
        return allocator.buffer(string: head + message)
    }
}
