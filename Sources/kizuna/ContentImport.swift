import ArgumentParser
import Foundation
import KizunaCore
import KizunaFormats
import KizunaServer
import STIX

/// `kizuna import` of MISP events and feeds, CSV and free text.
struct ContentImport {
    let options: ImportContentOptions
    let format: ImportFormat
    let files: [String]
    let org: String
    let audience: String
    let json: Bool

    func run(store: any Store) async throws {
        let requester = try await Operator.requester(for: self.org, store: store)
        let audience = AudienceName(self.audience) ?? .organisation
        let imports = ImportService(intake: IntakeService(store: store), warningLists: try WarningListOption.load(self.options.warninglists))
        let report: ImportReport
        switch self.format {
        case .misp, .mispFeed:
            // Every file is converted before anything is stored: a malformed one stores nothing.
            var conversions: [MISPConversion] = []
            for file in self.files {
                do {
                    if self.format == .mispFeed {
                        conversions += try MISPImporter.convertFeed(directory: file)
                    } else {
                        guard let data = FileManager.default.contents(atPath: file) else { throw ValidationError("cannot read \(file)") }
                        conversions += try MISPImporter.convert(Array(data), source: file)
                    }
                } catch let error as MISPImportError {
                    throw ValidationError(error.description)
                }
            }
            report = try await Failure.report {
                try await imports.importMISP(conversions, audience: audience, requester: requester, force: self.options.force)
            }
        case .csv, .text:
            guard let tlp = TLP(label: self.options.tlp) else {
                throw ValidationError("--tlp must be clear, green, amber, amber+strict or red")
            }
            var drafts: [ImportDraft] = []
            for file in self.files {
                guard let data = FileManager.default.contents(atPath: file) else { throw ValidationError("cannot read \(file)") }
                drafts += try self.drafts(Array(data), file: file, warningLists: imports.warningLists)
            }
            if self.options.confirm {
                let createdBy = try await store.organisation(id: requester.organisationID)?.identityID
                report = try await Failure.report {
                    try await imports.create(
                        drafts, tlp: tlp, audience: audience, description: self.options.description, requester: requester,
                        createdBy: createdBy)
                }
            } else {
                report = imports.preview(drafts)
            }
        case .stix:
            return
        }
        self.print(report)
        let counts = report.counts
        if !report.items.isEmpty, counts[.rejected, default: 0] == report.items.count { throw ExitCode(2) }
    }

    private func drafts(_ data: [UInt8], file: String, warningLists: WarningListSet) throws -> [ImportDraft] {
        if self.format == .csv {
            do {
                let mapping = try CSVColumnMapping(self.options.columns ?? "auto", hasHeader: !self.options.noHeader)
                return try ImportDrafts.fromCSV(data, mapping: mapping, warningLists: warningLists, force: self.options.force)
            } catch {
                throw ValidationError("\(file): \(error.description)")
            }
        }
        let text: String
        do {
            text = try ImportText.decode(data, source: file)
        } catch let error as KizunaError {
            throw ValidationError(error.description)
        }
        return ImportDrafts.fromText(text, warningLists: warningLists, force: self.options.force)
    }

    private func print(_ report: ImportReport) {
        if self.json {
            Output.json(report.json)
            return
        }
        for item in report.items {
            var line = "\(item.status.rawValue.padding(toLength: 11, withPad: " ", startingAt: 0)) \(item.type) \(item.value ?? "-")"
            line += "  [\(item.source)]"
            if let reason = item.reason { line += ": \(reason)" }
            Output.line(line)
        }
        Output.line(report.line + (report.counts[.preview] != nil ? " (preview: run again with --confirm to create them)" : ""))
    }
}
