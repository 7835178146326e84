import KizunaCore
import Testing

@Suite("API keys")
struct APIKeySecretTests {
    @Test("a key carries 256 random bits and only its hash is kept")
    func generate() throws {
        let key = APIKeySecret.generate()
        let parts = try #require(APIKeySecret.parse(token: key.token))
        #expect(parts.prefix == key.prefix)
        #expect(parts.secret.count == 43)  // 32 bytes in base64url
        #expect(key.secretHash == APIKeySecret.hash(secret: parts.secret))
        #expect(!key.secretHash.isEmpty && key.secretHash.count == 32)
        #expect(APIKeySecret.generate().token != key.token)
    }

    @Test(
        "malformed tokens are not parsed", arguments: ["", "kz_", "kz_123_abc", "Bearer x", "kz_zzzzzzzzzzzz_" + String(repeating: "a", count: 43)])
    func malformed(token: String) {
        #expect(APIKeySecret.parse(token: token) == nil)
    }

    @Test("hash comparison is exact")
    func compare() {
        #expect(APIKeySecret.constantTimeEqual([1, 2, 3], [1, 2, 3]))
        #expect(!APIKeySecret.constantTimeEqual([1, 2, 3], [1, 2, 4]))
        #expect(!APIKeySecret.constantTimeEqual([1, 2, 3], [1, 2]))
    }
}
