/// Kizuna's `bank-account` observable: a new SCO type, declared by an extension-definition, for the
/// destination accounts of fraudulent transfers (money-mule accounts).
///
/// Its id is deterministic (UUIDv5) over `bank_code`, `branch_code` and `account_number`, so every
/// member reporting the same account produces the same object id.
public enum BankAccountExtension {
    /// The SCO type name.
    public static let objectType = "bank-account"

    /// The fixed id of the extension-definition that declares `bank-account`.
    public static let extensionDefinitionID = "extension-definition--acd2e91e-308c-4222-8319-3cd12c14a934"

    /// The fixed id of the Kizuna identity that created the extension-definition.
    public static let kizunaIdentityID = "identity--811ac9b7-5700-4c47-9170-b8e82184a232"

    /// The identity of the Kizuna project, creator of the extension-definition.
    public static var kizunaIdentity: STIXObject {
        let value: JSONValue = [
            "type": "identity",
            "spec_version": "2.1",
            "id": .string(Self.kizunaIdentityID),
            "created": "2025-01-01T00:00:00.000Z",
            "modified": "2025-01-01T00:00:00.000Z",
            "name": "Kizuna",
            "description": "The Kizuna threat-intelligence sharing platform, publisher of its STIX extensions.",
            "identity_class": "system",
        ]
        return STIXObject(trustedProperties: value.objectValue ?? JSONObject())
    }

    /// The ID contributing properties of `bank-account`.
    public static let idContributingProperties = ["bank_code", "branch_code", "account_number"]

    /// The extension-definition object declaring the `bank-account` SCO.
    public static var extensionDefinition: STIXObject {
        let value: JSONValue = [
            "type": "extension-definition",
            "spec_version": "2.1",
            "id": .string(Self.extensionDefinitionID),
            "created_by_ref": .string(Self.kizunaIdentityID),
            "created": "2025-01-01T00:00:00.000Z",
            "modified": "2025-01-01T00:00:00.000Z",
            "name": "Kizuna bank-account observable",
            "description": """
            A bank account seen as the destination of a fraudulent transfer (for example a money-mule \
            account in illegal Internet-banking transfers). Properties: bank_name, bank_code (SWIFT/BIC or \
            national bank code), branch_code, account_number, account_holder, iban, country (ISO 3166-1 \
            alpha-2). ID contributing properties: bank_code, branch_code, account_number.
            """,
            "schema": """
            bank-account: bank_code (string, required), account_number (string, required), bank_name, \
            branch_code, account_holder, iban, country (strings, optional); id is UUIDv5 over bank_code, \
            branch_code and account_number as for STIX 2.1 SCOs.
            """,
            "version": "1.0",
            "extension_types": ["new-sco"],
        ]
        return STIXObject(trustedProperties: value.objectValue ?? JSONObject())
    }

    /// Makes a `bank-account` SCO with its deterministic id; `nil` and empty optionals are omitted.
    public static func make(
        bankName: String? = nil,
        bankCode: String,
        branchCode: String? = nil,
        accountNumber: String,
        holder: String? = nil,
        iban: String? = nil,
        country: String? = nil
    ) -> STIXObject {
        var properties = JSONObject()
        properties["type"] = .string(Self.objectType)
        properties["spec_version"] = "2.1"
        properties["id"] = .string("")
        let optionals: [(String, String?)] = [
            ("bank_name", bankName), ("bank_code", bankCode), ("branch_code", branchCode),
            ("account_number", accountNumber), ("account_holder", holder), ("iban", iban), ("country", country),
        ]
        for (name, value) in optionals {
            if let value, !value.isEmpty { properties[name] = .string(value) }
        }
        properties["extensions"] = [Self.extensionDefinitionID: ["extension_type": "new-sco"]]
        let id = SCOIdentifier.deterministicID(type: Self.objectType, properties: properties)
        properties["id"] = .string(id ?? STIXIdentifier.make(type: Self.objectType))
        return STIXObject(trustedProperties: properties)
    }

    /// The validator's table for `bank-account`.
    static let propertyTable = PropertyTable(
        type: Self.objectType,
        category: .custom,
        properties: PropertyTable.commonObservable + [
            .optional("bank_name", .string), .required("bank_code", .string), .optional("branch_code", .string),
            .required("account_number", .string), .optional("account_holder", .string), .optional("iban", .string),
            .optional("country", .string),
        ]
    )
}
