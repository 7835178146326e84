extension PropertyTable {
    static let addressTargets = ReferenceTarget.types(["ipv4-addr", "ipv6-addr", "mac-addr", "domain-name"])

    /// The 18 STIX Cyber-observable Objects (STIX 2.1 §6).
    static let cyberObservables: [PropertyTable] = [
        Self.observable(
            "artifact",
            [
                .optional("mime_type", .string), .optional("payload_bin", .binary), .optional("url", .string),
                .optional("hashes", .hashes),
                .optional("encryption_algorithm", .enumeration(["AES-256-GCM", "ChaCha20-Poly1305", "mime-type-indicated"])),
                .optional("decryption_key", .string),
            ],
            rules: [
                .mutuallyExclusive(["payload_bin", "url"]), .requires(property: "url", requires: ["hashes"]),
                .requires(property: "decryption_key", requires: ["encryption_algorithm"]),
            ]
        ),
        Self.observable(
            "autonomous-system",
            [.required("number", .integer(0...Int.max)), .optional("name", .string), .optional("rir", .string)]
        ),
        Self.observable(
            "directory",
            [
                .required("path", .string), .optional("path_enc", .string), .optional("ctime", .timestamp),
                .optional("mtime", .timestamp), .optional("atime", .timestamp),
                .optional("contains_refs", .list(.identifier(.types(["file", "directory"])))),
            ]
        ),
        Self.observable(
            "domain-name",
            [
                .required("value", .string),
                .optional("resolves_to_refs", .list(.identifier(.types(["ipv4-addr", "ipv6-addr", "domain-name"])))),
            ]
        ),
        Self.observable(
            "email-addr",
            [
                .required("value", .string), .optional("display_name", .string),
                .optional("belongs_to_ref", .identifier(.types(["user-account"]))),
            ]
        ),
        Self.observable(
            "email-message",
            [
                .required("is_multipart", .boolean), .optional("date", .timestamp), .optional("content_type", .string),
                .optional("from_ref", .identifier(.types(["email-addr"]))),
                .optional("sender_ref", .identifier(.types(["email-addr"]))),
                .optional("to_refs", .list(.identifier(.types(["email-addr"])))),
                .optional("cc_refs", .list(.identifier(.types(["email-addr"])))),
                .optional("bcc_refs", .list(.identifier(.types(["email-addr"])))),
                .optional("message_id", .string), .optional("subject", .string),
                .optional("received_lines", .list(.string)), .optional("additional_header_fields", .dictionary),
                .optional("body", .string), .optional("body_multipart", .mimeParts),
                .optional("raw_email_ref", .identifier(.types(["artifact"]))),
            ],
            rules: [
                .onlyWhen(property: "body", flag: "is_multipart", is: false),
                .onlyWhen(property: "body_multipart", flag: "is_multipart", is: true),
            ]
        ),
        Self.observable(
            "file",
            [
                .optional("hashes", .hashes), .optional("size", .integer(0...Int.max)), .optional("name", .string),
                .optional("name_enc", .string), .optional("magic_number_hex", .hex), .optional("mime_type", .string),
                .optional("ctime", .timestamp), .optional("mtime", .timestamp), .optional("atime", .timestamp),
                .optional("parent_directory_ref", .identifier(.types(["directory"]))),
                .optional("contains_refs", .list(.identifier(.categories([.sco, .custom])))),
                .optional("content_ref", .identifier(.types(["artifact"]))),
            ],
            rules: [.atLeastOne(["hashes", "name"])]
        ),
        Self.observable(
            "ipv4-addr",
            [
                .required("value", .string), .optional("resolves_to_refs", .list(.identifier(.types(["mac-addr"])))),
                .optional("belongs_to_refs", .list(.identifier(.types(["autonomous-system"])))),
            ]
        ),
        Self.observable(
            "ipv6-addr",
            [
                .required("value", .string), .optional("resolves_to_refs", .list(.identifier(.types(["mac-addr"])))),
                .optional("belongs_to_refs", .list(.identifier(.types(["autonomous-system"])))),
            ]
        ),
        Self.observable("mac-addr", [.required("value", .string)]),
        Self.observable("mutex", [.required("name", .string)]),
        Self.observable(
            "network-traffic",
            [
                .optional("start", .timestamp), .optional("end", .timestamp), .optional("is_active", .boolean),
                .optional("src_ref", .identifier(Self.addressTargets)), .optional("dst_ref", .identifier(Self.addressTargets)),
                .optional("src_port", .integer(0...65535)), .optional("dst_port", .integer(0...65535)),
                .required("protocols", .list(.string)), .optional("src_byte_count", .integer(0...Int.max)),
                .optional("dst_byte_count", .integer(0...Int.max)), .optional("src_packets", .integer(0...Int.max)),
                .optional("dst_packets", .integer(0...Int.max)), .optional("ipfix", .dictionary),
                .optional("src_payload_ref", .identifier(.types(["artifact"]))),
                .optional("dst_payload_ref", .identifier(.types(["artifact"]))),
                .optional("encapsulates_refs", .list(.identifier(.types(["network-traffic"])))),
                .optional("encapsulated_by_ref", .identifier(.types(["network-traffic"]))),
            ],
            rules: [
                .atLeastOne(["src_ref", "dst_ref"]), .notBefore(later: "end", earlier: "start"),
                .onlyWhen(property: "end", flag: "is_active", is: false),
            ]
        ),
        Self.observable(
            "process",
            Self.processProperties,
            rules: [.atLeastOne(Self.processProperties.map(\.name) + ["extensions"])]
        ),
        Self.observable(
            "software",
            [
                .required("name", .string), .optional("cpe", .string), .optional("swid", .string),
                .optional("languages", .list(.string)), .optional("vendor", .string), .optional("version", .string),
            ]
        ),
        Self.observable("url", [.required("value", .uri)]),
        Self.observable(
            "user-account",
            Self.userAccountProperties,
            rules: [.atLeastOne(Self.userAccountProperties.map(\.name) + ["extensions"])]
        ),
        Self.observable(
            "windows-registry-key",
            Self.registryKeyProperties,
            rules: [.atLeastOne(Self.registryKeyProperties.map(\.name) + ["extensions"]), .fullHiveName]
        ),
        Self.observable(
            "x509-certificate",
            Self.certificateProperties,
            rules: [
                .atLeastOne(Self.certificateProperties.map(\.name) + ["extensions"]),
                .notBefore(later: "validity_not_after", earlier: "validity_not_before"),
            ]
        ),
    ]

    static let processProperties: [PropertySpec] = [
        .optional("is_hidden", .boolean), .optional("pid", .integer(nil)), .optional("created_time", .timestamp),
        .optional("cwd", .string), .optional("command_line", .string), .optional("environment_variables", .dictionary),
        .optional("opened_connection_refs", .list(.identifier(.types(["network-traffic"])))),
        .optional("creator_user_ref", .identifier(.types(["user-account"]))),
        .optional("image_ref", .identifier(.types(["file"]))), .optional("parent_ref", .identifier(.types(["process"]))),
        .optional("child_refs", .list(.identifier(.types(["process"])))),
    ]

    static let userAccountProperties: [PropertySpec] = [
        .optional("user_id", .string), .optional("credential", .string), .optional("account_login", .string),
        .optional("account_type", .openVocabulary("account-type-ov")), .optional("display_name", .string),
        .optional("is_service_account", .boolean), .optional("is_privileged", .boolean),
        .optional("can_escalate_privs", .boolean), .optional("is_disabled", .boolean),
        .optional("account_created", .timestamp), .optional("account_expires", .timestamp),
        .optional("credential_last_changed", .timestamp), .optional("account_first_login", .timestamp),
        .optional("account_last_login", .timestamp),
    ]

    static let registryKeyProperties: [PropertySpec] = [
        .optional("key", .string), .optional("values", .registryValues), .optional("modified_time", .timestamp),
        .optional("creator_user_ref", .identifier(.types(["user-account"]))),
        .optional("number_of_subkeys", .integer(0...Int.max)),
    ]

    static let certificateProperties: [PropertySpec] = [
        .optional("is_self_signed", .boolean), .optional("hashes", .hashes), .optional("version", .string),
        .optional("serial_number", .string), .optional("signature_algorithm", .string), .optional("issuer", .string),
        .optional("validity_not_before", .timestamp), .optional("validity_not_after", .timestamp),
        .optional("subject", .string), .optional("subject_public_key_algorithm", .string),
        .optional("subject_public_key_modulus", .string), .optional("subject_public_key_exponent", .integer(nil)),
        .optional("x509_v3_extensions", .dictionary),
    ]
}
