import STIX
import STIXPatterns
import Testing

@Suite("Evaluation: building observations from STIX JSON")
struct ObservationCollectTests {
    static func observedData(_ id: String, _ members: (String, JSONValue)...) -> JSONValue {
        .object(
            JSONObject(
                [
                    ("type", "observed-data"), ("id", .string(id)), ("first_observed", "2020-01-01T00:00:00Z"),
                    ("last_observed", "2020-01-01T00:00:05Z"), ("number_observed", 2),
                ] + members))
    }

    @Test("STIX 2.1 object_refs pick SCOs among the input objects by id; unknown ids are skipped")
    func objectReferences() throws {
        let objects: [JSONValue] = [
            Self.observedData("observed-data--1", ("object_refs", ["file--1", "file--missing"])),
            .object(Fixture.sco("file", ("id", "file--1"), ("name", "a.exe"), ("parent_directory_ref", "directory--1"))),
            .object(Fixture.sco("directory", ("id", "directory--1"), ("path", #"C:\Windows\System32"#))),
        ]
        let observations = try Observation.collect(from: objects)
        #expect(observations.count == 1)
        let observation = try #require(observations.first)
        #expect(observation.id == "observed-data--1")
        #expect(observation.numberObserved == 2)
        #expect(observation.firstObserved == Timestamp("2020-01-01T00:00:00Z"))
        #expect(observation.lastObserved == Timestamp("2020-01-01T00:00:05Z"))
        #expect(Set(observation.objects.keys) == ["file--1"])
        // The directory is not among object_refs, so the reference does not resolve within the observation.
        #expect(try !Fixture.matches(#"[file:name = 'a.exe' AND file:parent_directory_ref.path = 'C:\\Windows\\System32']"#, observations))
        #expect(try Fixture.matches("[file:name = 'a.exe']", observations))
    }

    @Test("the spec's file and directory example matches when both SCOs are referenced")
    func parentDirectory() throws {
        let objects: [JSONValue] = [
            Self.observedData("observed-data--1", ("object_refs", ["file--1", "directory--1"])),
            .object(Fixture.sco("file", ("id", "file--1"), ("name", "foo.dll"), ("parent_directory_ref", "directory--1"))),
            .object(Fixture.sco("directory", ("id", "directory--1"), ("path", #"C:\Windows\System32"#))),
        ]
        let observations = try Observation.collect(from: objects)
        #expect(try Fixture.matches(#"[file:name = 'foo.dll' AND file:parent_directory_ref.path = 'C:\\Windows\\System32']"#, observations))
    }

    @Test("STIX 2.0 objects dictionaries and bundles are read too")
    func version20() throws {
        let bundle: JSONValue = .object([
            "type": "bundle", "id": "bundle--1",
            "objects": [
                Self.observedData(
                    "observed-data--2",
                    (
                        "objects",
                        .object([
                            "0": .object(Fixture.sco("file", ("name", "b.exe"), ("parent_directory_ref", "1"))),
                            "1": .object(Fixture.sco("directory", ("path", "/tmp"))),
                        ])
                    )
                )
            ],
        ])
        let observations = try Observation.collect(from: [bundle])
        #expect(observations.map(\.id) == ["observed-data--2"])
        #expect(try Fixture.matches("[file:parent_directory_ref.path = '/tmp']", observations))
    }

    @Test(
        "an observed-data lacking what matching needs is a clear error naming object and property",
        arguments: [
            ("first_observed", "observed-data--1: first_observed: an observed-data needs this timestamp"),
            ("last_observed", "observed-data--1: last_observed: an observed-data needs this timestamp"),
            ("number_observed", "observed-data--1: number_observed: must be an integer of at least 1"),
            ("object_refs", "observed-data--1: object_refs: an observed-data needs object_refs (or STIX 2.0 objects)"),
        ])
    func missing(property: String, message: String) throws {
        var object = JSONObject([
            ("type", "observed-data"), ("id", "observed-data--1"), ("first_observed", "2020-01-01T00:00:00Z"),
            ("last_observed", "2020-01-01T00:00:00Z"), ("number_observed", 1), ("object_refs", .array([])),
        ])
        object[property] = nil
        #expect(throws: ObservationError.self) { try Observation.collect(from: [.object(object)]) }
        do {
            _ = try Observation.collect(from: [.object(object)])
        } catch {
            #expect(error.description == message)
        }
    }

    @Test("invalid values are errors too")
    func invalid() {
        #expect(throws: ObservationError(object: "observed-data--1", property: "number_observed", reason: "must be an integer of at least 1")) {
            try Observation.collect(from: [Self.observedData("observed-data--1", ("object_refs", .array([])), ("number_observed", 0))])
        }
        #expect(
            throws: ObservationError(object: "observed-data--1", property: "first_observed", reason: "'yesterday' is not an RFC 3339 UTC timestamp")
        ) {
            try Observation.collect(from: [Self.observedData("observed-data--1", ("object_refs", .array([])), ("first_observed", "yesterday"))])
        }
        #expect(throws: ObservationError(object: "objects[0]", property: nil, reason: "is a number, not a STIX object")) {
            try Observation.collect(from: [1])
        }
        #expect(throws: ObservationError(object: "observed-data--1", property: "objects.0", reason: "must be a cyber observable object")) {
            try Observation.collect(from: [Self.observedData("observed-data--1", ("objects", .object(["0": "file"])))])
        }
    }
}
