import STIX
import STIXPatterns
import Testing

@Suite("Evaluation: object paths, references and SCO binding")
struct ObjectPathEvaluationTests {
    /// The spec's e-mail example, in STIX 2.1 form: SCOs referenced by id.
    static let email = Fixture.observation(
        "mail",
        objects: [
            "email-message--1": Fixture.sco(
                "email-message", ("id", "email-message--1"), ("from_ref", "email-addr--1"),
                ("body_multipart", [.object(["body_raw_ref": "file--1"]), .object(["body": "hello"])])),
            "email-addr--1": Fixture.sco("email-addr", ("id", "email-addr--1"), ("value", "boss@example.com")),
            "file--1": Fixture.sco("file", ("id", "file--1"), ("name", "Final Report 2024.exe")),
        ])

    @Test("_ref and list elements dereference within the observation (spec example)")
    func references() throws {
        let pattern =
            #"[email-message:from_ref.value MATCHES '.+\\@example\\.com$' AND email-message:body_multipart[*].body_raw_ref.name MATCHES '^Final Report.+\\.exe$']"#
        #expect(try Fixture.matches(pattern, [Self.email]))
        #expect(try Fixture.matches("[email-message:body_multipart[0].body_raw_ref.name LIKE 'Final%']", [Self.email]))
        #expect(try !Fixture.matches("[email-message:body_multipart[1].body_raw_ref.name LIKE 'Final%']", [Self.email]))
        #expect(try Fixture.matches("[email-message:from_ref.type = 'email-addr']", [Self.email]))
        // The reference itself is not the referenced value.
        #expect(try !Fixture.matches("[email-message:from_ref = 'email-addr--1']", [Self.email]))
    }

    @Test("a reference to an SCO outside the observation, or to nothing, selects nothing")
    func danglingReferences() throws {
        let sender = Fixture.observation("a", objects: ["0": Fixture.sco("email-message", ("from_ref", "1"))])
        let address = Fixture.observation("b", objects: ["1": Fixture.sco("email-addr", ("value", "x@example.com"))])
        #expect(try !Fixture.matches("[email-message:from_ref.value = 'x@example.com']", [sender, address]))
        #expect(try !Fixture.matches("[email-message:from_ref.value != 'y']", [sender, address]))
        #expect(try Fixture.matches("[email-message:from_ref.value = 'x@example.com']", [Self.with(sender, address)]))
    }

    private static func with(_ first: Observation, _ second: Observation) -> Observation {
        Observation(
            id: first.id, firstObserved: first.firstObserved, lastObserved: first.lastObserved,
            numberObserved: first.numberObserved, objects: first.objects.merging(second.objects) { a, _ in a })
    }

    @Test("_refs dereference to a list: [*] is any element, [n] one, no index selects nothing (STIX 2.0 keys)")
    func referenceLists() throws {
        let domain = Fixture.observation(
            "d",
            Fixture.sco("domain-name", ("value", "www.5z8.info"), ("resolvesto_refs", ["1", "2", "9"])),
            Fixture.sco("ipv4-addr", ("value", "198.51.100.1")),
            Fixture.sco("ipv4-addr", ("value", "198.51.100.2")))
        #expect(try Fixture.matches("[domain-name:value = 'www.5z8.info' AND domain-name:resolvesto_refs[*].value = '198.51.100.1/32']", [domain]))
        #expect(try Fixture.matches("[domain-name:resolvesto_refs[*].value = '198.51.100.2']", [domain]))
        #expect(try Fixture.matches("[domain-name:resolvesto_refs[1].value = '198.51.100.2']", [domain]))
        #expect(try !Fixture.matches("[domain-name:resolvesto_refs[0].value = '198.51.100.2']", [domain]))
        #expect(try !Fixture.matches("[domain-name:resolvesto_refs[2].value = '198.51.100.2']", [domain]))
        #expect(try !Fixture.matches("[domain-name:resolvesto_refs[-1].value = '198.51.100.2']", [domain]))
        #expect(try !Fixture.matches("[domain-name:resolvesto_refs.value = '198.51.100.2']", [domain]))
        #expect(try Fixture.matches("[domain-name:resolvesto_refs[*].value ISSUBSET '198.51.100.0/30']", [domain]))
    }

    @Test("a _refs list keeps its positions: an unresolved reference is an element whose properties are absent (spec 9.7.4)")
    func referencePositions() throws {
        let domain = Fixture.observation(
            "d", Fixture.sco("domain-name", ("value", "a.example"), ("resolves_to_refs", ["9", "1"])),
            Fixture.sco("ipv4-addr", ("value", "198.51.100.1")))
        #expect(try !Fixture.matches("[domain-name:resolves_to_refs[0].value = '198.51.100.1']", [domain]))
        #expect(try Fixture.matches("[domain-name:resolves_to_refs[1].value = '198.51.100.1']", [domain]))
        #expect(try Fixture.matches("[domain-name:resolves_to_refs[*].value = '198.51.100.1']", [domain]))
        // An absent property makes the comparison false whatever the operator.
        #expect(try !Fixture.matches("[domain-name:resolves_to_refs[0].value != '198.51.100.1']", [domain]))
        #expect(try !Fixture.matches("[domain-name:resolves_to_refs[0].value NOT = '198.51.100.1']", [domain]))
    }

    @Test("NOT negates a comparison over [*] as a whole (spec 9.6.1): no element may pass")
    func negatedLists() throws {
        let file = Fixture.sco("file", ("x_l", ["a", "b"]))
        #expect(try Fixture.holds("file:x_l[*] = 'a'", for: file))
        #expect(try !Fixture.holds("file:x_l[*] NOT = 'a'", for: file))
        #expect(try Fixture.holds("file:x_l[*] NOT = 'c'", for: file))
        #expect(try Fixture.holds("file:x_l[*] != 'a'", for: file))
        #expect(try !Fixture.holds("file:x_l[*] NOT LIKE '%'", for: file))
        #expect(try !Fixture.holds("file:x_l[*] NOT IN ('b', 'z')", for: file))
    }

    @Test("[*] over lists of objects, extensions with quoted keys and hash dictionaries")
    func extensionsAndHashes() throws {
        let pe = Fixture.sco(
            "file",
            (
                "hashes",
                .object(["SHA-256": "aec070645fe53ee3b3763059376134f058cc337247c978add178b6ccdfb0019f", "MD5": "79054025255fb1a26e4bc422aef54eb4"])
            ),
            ("extensions", .object(["windows-pebinary-ext": .object(["sections": [.object(["entropy": 7.5]), .object(["entropy": 2.0])]])]))
        )
        let observation = Fixture.observation("pe", pe)
        #expect(try Fixture.matches("[file:extensions.'windows-pebinary-ext'.sections[*].entropy > 7.0]", [observation]))
        #expect(try !Fixture.matches("[file:extensions.'windows-pebinary-ext'.sections[*].entropy > 8.0]", [observation]))
        #expect(try Fixture.matches("[file:extensions.'windows-pebinary-ext'.sections[*].entropy < 7.0]", [observation]))
        #expect(try Fixture.matches("[file:extensions.'windows-pebinary-ext'.sections[1].entropy = 2]", [observation]))
        #expect(try !Fixture.matches("[file:extensions.'windows-pebinary-ext'.sections[5].entropy = 2]", [observation]))
        #expect(try Fixture.matches("[file:hashes.'SHA-256' = 'aec070645fe53ee3b3763059376134f058cc337247c978add178b6ccdfb0019f']", [observation]))
        #expect(try Fixture.matches("[file:hashes.MD5 = '79054025255fb1a26e4bc422aef54eb4']", [observation]))
        #expect(try !Fixture.matches("[file:hashes.md5 = '79054025255fb1a26e4bc422aef54eb4']", [observation]))
        #expect(try !Fixture.matches("[file:extensions.'windows-pebinary-ext'.sections = 7.5]", [observation]))
    }

    @Test("[*] over an empty list selects nothing")
    func emptyLists() throws {
        let observation = Fixture.observation("e", Fixture.sco("domain-name", ("value", "a.example"), ("resolvesto_refs", .array([]))))
        #expect(try !Fixture.matches("[domain-name:resolvesto_refs[*].value = 'x']", [observation]))
        #expect(try !Fixture.matches("[domain-name:resolvesto_refs[*].value != 'x']", [observation]))
        #expect(try !Fixture.matches("[domain-name:resolvesto_refs[0].value != 'x']", [observation]))
    }

    @Test("AND binds its comparisons to one SCO; OR may use different SCOs; other types never satisfy AND")
    func scoBinding() throws {
        let observation = Fixture.observation(
            "two", Fixture.sco("file", ("name", "a.exe"), ("size", 2)), Fixture.sco("file", ("name", "b.exe"), ("size", 1)),
            Fixture.sco("ipv4-addr", ("value", "10.0.0.1")))
        #expect(try !Fixture.matches("[file:name = 'a.exe' AND file:size = 1]", [observation]))
        #expect(try Fixture.matches("[file:name = 'a.exe' AND file:size = 2]", [observation]))
        #expect(try Fixture.matches("[file:name = 'a.exe' OR file:size = 1]", [observation]))
        #expect(try Fixture.matches("[file:name = 'zzz' OR ipv4-addr:value = '10.0.0.1']", [observation]))
        #expect(try !Fixture.matches("[file:name = 'a.exe' AND ipv4-addr:value = '10.0.0.1']", [observation]))
        #expect(try Fixture.matches("[(file:name = 'b.exe' OR file:size = 2) AND file:size = 1]", [observation]))
        #expect(try !Fixture.matches("[(file:name = 'b.exe' OR file:size = 9) AND file:size = 2]", [observation]))
    }

    @Test("patterns never match domain objects, even when an observation refers to one")
    func domainObjects() throws {
        let observation = Fixture.observation("m", objects: ["malware--1": Fixture.sco("malware", ("name", "x"))])
        #expect(try !Fixture.matches("[malware:name = 'x']", [observation]))
        let custom = Fixture.observation("c", Fixture.sco("x-usb-device", ("usbdrive", .object(["serial_number": "575833344E3938333335"]))))
        #expect(try Fixture.matches("[x-usb-device:usbdrive.serial_number = '575833344E3938333335']", [custom]))
    }
}
