// The Keychain store on a simulator or device: the round trip the core
// relies on, and the accessibility class every item is saved with.

import Security
import XCTest
@testable import Heard

final class KeychainSecretStoreTests: XCTestCase {
    private var store: KeychainSecretStore!

    override func setUpWithError() throws {
        // A service of its own, so a test never touches the app's items.
        store = KeychainSecretStore(service: "org.heard.app.tests.\(UUID().uuidString)")
    }

    override func tearDownWithError() throws {
        try store.deleteAll()
    }

    func testSavesLoadsReplacesAndDeletes() throws {
        XCTAssertNil(try store.load(name: "heard.device-token"))
        try store.save(name: "heard.device-token", secret: Data([1, 2, 3]))
        XCTAssertEqual(try store.load(name: "heard.device-token"), Data([1, 2, 3]))
        try store.save(name: "heard.device-token", secret: Data([4]))
        XCTAssertEqual(try store.load(name: "heard.device-token"), Data([4]))
        try store.delete(name: "heard.device-token")
        XCTAssertNil(try store.load(name: "heard.device-token"))
        // Deleting what is not there succeeds, as the core expects.
        try store.delete(name: "heard.device-token")
    }

    func testItemsAreReadableOnlyWhenUnlockedOnThisDevice() throws {
        try store.save(name: "heard.group-key", secret: Data([9]))
        let query: [String: Any] = [
            kSecClass as String: kSecClassGenericPassword,
            kSecAttrService as String: store.service,
            kSecAttrAccount as String: "heard.group-key",
            kSecReturnAttributes as String: true,
            kSecMatchLimit as String: kSecMatchLimitOne,
        ]
        var result: CFTypeRef?
        XCTAssertEqual(SecItemCopyMatching(query as CFDictionary, &result), errSecSuccess)
        let attributes = try XCTUnwrap(result as? [String: Any])
        XCTAssertEqual(
            attributes[kSecAttrAccessible as String] as? String,
            kSecAttrAccessibleWhenUnlockedThisDeviceOnly as String
        )
    }

    func testDeleteAllEmptiesTheService() throws {
        try store.save(name: "a", secret: Data([1]))
        try store.save(name: "b", secret: Data([2]))
        try store.deleteAll()
        XCTAssertNil(try store.load(name: "a"))
        XCTAssertNil(try store.load(name: "b"))
    }
}
