/// A question's review (its right answer, feedback, explanation) as the page carries it:
/// its UTF-8 bytes XORed with a stream made from the quiz's salt and the question's key, in
/// base64. quiz.js decodes it only when the quiz's `answers:` allows showing it. This is not
/// encryption — the script can always decode it — but the answers are not in the page's
/// text for anyone reading it or searching it (README, "Answer secrecy").
enum ReviewEncoding {
    static func encode(_ text: String, salt: String, question: String) -> String {
        let bytes = Array(text.utf8)
        let stream = keyStream(count: bytes.count, salt: salt, question: question)
        return base64(zip(bytes, stream).map { $0 ^ $1 })
    }

    /// The hashes of `salt:question:0`, `salt:question:1`, … one after the other, as bytes:
    /// quiz.js makes the same stream with the same hash.
    static func keyStream(count: Int, salt: String, question: String) -> [UInt8] {
        var stream: [UInt8] = []
        var block = 0
        while stream.count < count {
            stream += Array(AnswerKey.hash("\(salt):\(question):\(block)").utf8)
            block += 1
        }
        return Array(stream.prefix(count))
    }

    private static func base64(_ bytes: [UInt8]) -> String {
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)
        var result: [UInt8] = []
        var index = 0
        while index < bytes.count {
            let chunk = Array(bytes[index..<min(index + 3, bytes.count)])
            let value = (UInt32(chunk[0]) << 16) | (UInt32(chunk.count > 1 ? chunk[1] : 0) << 8) | UInt32(chunk.count > 2 ? chunk[2] : 0)
            for position in 0..<4 {
                if position <= chunk.count {
                    result.append(alphabet[Int((value >> (18 - 6 * UInt32(position))) & 0x3F)])
                } else {
                    result.append(UInt8(ascii: "="))
                }
            }
            index += 3
        }
        return String(decoding: result, as: UTF8.self)
    }
}
