import STIX

extension MISPObjectMapping {
    /// The `email` template: an `email-message` with `email-addr`s and attachment `file`s.
    static func email(_ object: MISPInputObject, _ graph: inout MISPObservableGraph) throws(MISPMappingError) {
        var message: [(String, JSONValue)] = []
        var headers = JSONObject()
        var terms: [String] = []
        let attachments = object.attributes("attachment")
        message.append(("is_multipart", .bool(!attachments.isEmpty)))
        var fromTerms: [String] = []
        for (role, property) in [("from", "from_ref"), ("to", "to_refs"), ("cc", "cc_refs"), ("bcc", "bcc_refs")] {
            let addresses = object.attributes(role)
            let names = object.attributes("\(role)-display-name")
            var ids: [JSONValue] = []
            for (index, address) in addresses.enumerated() {
                var properties: [(String, JSONValue)] = [("value", .string(address.value))]
                if names.count == addresses.count { properties.append(("display_name", .string(names[index].value))) }
                ids.append(.string(graph.add("email-addr", properties)))
                guard address.toIDs else { continue }
                if role == "from" {
                    fromTerms.append(MISPPatternText.equals("email-message:from_ref.value", address.value))
                } else {
                    terms.append(MISPPatternText.equals("email-message:\(property)[\(index)].value", address.value))
                }
            }
            guard let first = ids.first else { continue }
            message.append(role == "from" ? (property, first) : (property, .array(ids)))
            if names.count != addresses.count, let name = names.first {
                message.append((Self.customName("\(role)-display-name"), .string(name.value)))
            }
        }
        terms += fromTerms
        let simple: [(String, String)] = [("message-id", "message_id"), ("subject", "subject"), ("email-body", "body")]
        for (relation, property) in simple {
            guard let attribute = object.first(relation) else { continue }
            message.append((property, .string(attribute.value)))
        }
        if let date = object.first("send-date"), let time = Self.timestamp(date.value) { message.append(("date", .string(time))) }
        for (relation, header) in [("reply-to", "Reply-To"), ("x-mailer", "X-Mailer")] {
            if let attribute = object.first(relation) { headers[header] = .string(attribute.value) }
        }
        if !headers.isEmpty { message.append(("additional_header_fields", .object(headers))) }
        var parts: [JSONValue] = []
        for (index, attachment) in attachments.enumerated() {
            let fileID = graph.add("file", [("name", .string(attachment.value))])
            parts.append(["body_raw_ref": .string(fileID), "content_disposition": .string("attachment; filename='\(attachment.value)'")])
            if attachment.toIDs {
                terms.append(MISPPatternText.equals("email-message:body_multipart[\(index)].body_raw_ref.name", attachment.value))
                terms.append(MISPPatternText.equals("email-message:body_multipart[\(index)].content_disposition", "attachment"))
            }
        }
        if !parts.isEmpty { message.append(("body_multipart", .array(parts))) }
        let handled: Set<String> = [
            "from", "to", "cc", "bcc", "from-display-name", "to-display-name", "cc-display-name", "bcc-display-name",
            "message-id", "subject", "email-body", "send-date", "reply-to", "x-mailer", "attachment",
        ]
        for attribute in object.attributes {
            guard let relation = attribute.objectRelation, !handled.contains(relation) else { continue }
            message.append((Self.customName(relation), .string(attribute.value)))
        }
        for (relation, property) in [("subject", "subject"), ("message-id", "message_id")] {
            if let attribute = object.first(relation), attribute.toIDs {
                terms.append(MISPPatternText.equals("email-message:\(property)", attribute.value))
            }
        }
        for (relation, header) in [("reply-to", "reply_to"), ("x-mailer", "x_mailer")] {
            if let attribute = object.first(relation), attribute.toIDs {
                terms.append(MISPPatternText.equals("email-message:additional_header_fields.\(header)", attribute.value))
            }
        }
        // The message goes first in observed-data, like misp-stix, though it is built last (it references the rest).
        graph.add("email-message", Self.merged(message))
        graph.moveLastToFront()
        graph.terms = terms
    }
}
