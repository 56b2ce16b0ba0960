// The core's SecretStore on iOS: the Keychain.
//
// Why no Secure Enclave wrapping: a generic password with
// kSecAttrAccessibleWhenUnlockedThisDeviceOnly is already encrypted with a
// class key derived from the device's hardware key (inside the Secure
// Enclave) and the passcode: it cannot be read while the device is locked,
// is never in a backup that can be restored elsewhere, and never syncs to
// iCloud Keychain. Wrapping it again with a Secure Enclave P-256 key would
// only stop someone who can read Keychain items but cannot run code on this
// unlocked device, which is not who the app defends against; it would add a
// second key whose loss makes every draft unreadable, and the simulator has
// no Secure Enclave, so the code the simulator runs would not be the code
// phones run.

import Foundation
import Security
import HeardCore

/// The core's three secrets (`heard.device-identity`, `heard.group-key`,
/// `heard.device-token`) as Keychain generic passwords under one service.
/// Every failure reaches the core as `CallbackError.Failed`, never a crash;
/// no message holds a secret.
final class KeychainSecretStore: SecretStore {
    /// The Keychain service every item is kept under.
    let service: String

    init(service: String) {
        self.service = service
    }

    func load(name: String) throws -> Data? {
        var query = itemQuery(name)
        query[kSecReturnData as String] = true
        query[kSecMatchLimit as String] = kSecMatchLimitOne
        var result: CFTypeRef?
        let status = SecItemCopyMatching(query as CFDictionary, &result)
        switch status {
        case errSecSuccess:
            guard let data = result as? Data else { throw failure("read", name, errSecDecode) }
            return data
        case errSecItemNotFound:
            return nil
        default:
            throw failure("read", name, status)
        }
    }

    func save(name: String, secret: Data) throws {
        let attributes: [String: Any] = [
            kSecValueData as String: secret,
            kSecAttrAccessible as String: kSecAttrAccessibleWhenUnlockedThisDeviceOnly,
        ]
        // Update first: deleting and adding again would lose the secret if
        // the app died in between.
        let updated = SecItemUpdate(itemQuery(name) as CFDictionary, attributes as CFDictionary)
        switch updated {
        case errSecSuccess:
            return
        case errSecItemNotFound:
            var item = itemQuery(name)
            item.merge(attributes) { _, new in new }
            let added = SecItemAdd(item as CFDictionary, nil)
            guard added == errSecSuccess else { throw failure("save", name, added) }
        default:
            throw failure("save", name, updated)
        }
    }

    func delete(name: String) throws {
        let status = SecItemDelete(itemQuery(name) as CFDictionary)
        guard status == errSecSuccess || status == errSecItemNotFound else {
            throw failure("delete", name, status)
        }
    }

    /// Deletes every item of this service: on a new install, as Keychain
    /// items outlive the app's deletion.
    func deleteAll() throws {
        let query: [String: Any] = [
            kSecClass as String: kSecClassGenericPassword,
            kSecAttrService as String: service,
            kSecUseDataProtectionKeychain as String: true,
        ]
        let status = SecItemDelete(query as CFDictionary)
        guard status == errSecSuccess || status == errSecItemNotFound else {
            throw failure("delete", "every item", status)
        }
    }

    /// The query that names one item. Synchronizable false: never in iCloud
    /// Keychain. The data protection keychain: the one with the
    /// accessibility classes, also when the app runs on a Mac.
    private func itemQuery(_ name: String) -> [String: Any] {
        [
            kSecClass as String: kSecClassGenericPassword,
            kSecAttrService as String: service,
            kSecAttrAccount as String: name,
            kSecAttrSynchronizable as String: false,
            kSecUseDataProtectionKeychain as String: true,
        ]
    }

    private func failure(_ action: String, _ name: String, _ status: OSStatus) -> CallbackError {
        let detail = SecCopyErrorMessageString(status, nil) as String? ?? "OSStatus \(status)"
        return CallbackError.Failed(reason: "Keychain: cannot \(action) \(name): \(detail)")
    }
}
