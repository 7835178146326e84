import Foundation
import STIX

/// MITRE ATT&CK (Enterprise) techniques the demo's campaigns use, with their published names.
enum AttackTechnique: String, CaseIterable, Sendable {
    case spearphishingAttachment = "T1566.001"
    case spearphishingLink = "T1566.002"
    case maliciousFile = "T1204.002"
    case exploitationForClientExecution = "T1203"
    case powerShell = "T1059.001"
    case registryRunKeys = "T1547.001"
    case obfuscatedFiles = "T1027"
    case doubleFileExtension = "T1036.007"
    case systemInformationDiscovery = "T1082"
    case webProtocols = "T1071.001"
    case ingressToolTransfer = "T1105"
    case keylogging = "T1056.001"
    case screenCapture = "T1113"
    case exfiltrationOverC2 = "T1041"
    case acquireDomains = "T1583.001"
    case directNetworkFlood = "T1498.001"
    case serviceExhaustionFlood = "T1499.002"

    /// The ATT&CK id, e.g. `T1566.001`.
    var externalID: String { self.rawValue }

    /// The technique's (or sub-technique's) ATT&CK name.
    var name: String {
        switch self {
        case .spearphishingAttachment: "Spearphishing Attachment"
        case .spearphishingLink: "Spearphishing Link"
        case .maliciousFile: "Malicious File"
        case .exploitationForClientExecution: "Exploitation for Client Execution"
        case .powerShell: "PowerShell"
        case .registryRunKeys: "Registry Run Keys / Startup Folder"
        case .obfuscatedFiles: "Obfuscated Files or Information"
        case .doubleFileExtension: "Double File Extension"
        case .systemInformationDiscovery: "System Information Discovery"
        case .webProtocols: "Web Protocols"
        case .ingressToolTransfer: "Ingress Tool Transfer"
        case .keylogging: "Keylogging"
        case .screenCapture: "Screen Capture"
        case .exfiltrationOverC2: "Exfiltration Over C2 Channel"
        case .acquireDomains: "Domains"
        case .directNetworkFlood: "Direct Network Flood"
        case .serviceExhaustionFlood: "Service Exhaustion Flood"
        }
    }

    /// The ATT&CK tactics (kill-chain phases) the technique belongs to.
    var tactics: [String] {
        switch self {
        case .spearphishingAttachment, .spearphishingLink: ["initial-access"]
        case .maliciousFile, .exploitationForClientExecution, .powerShell: ["execution"]
        case .registryRunKeys: ["persistence", "privilege-escalation"]
        case .obfuscatedFiles, .doubleFileExtension: ["defense-evasion"]
        case .systemInformationDiscovery: ["discovery"]
        case .webProtocols, .ingressToolTransfer: ["command-and-control"]
        case .keylogging: ["collection", "credential-access"]
        case .screenCapture: ["collection"]
        case .exfiltrationOverC2: ["exfiltration"]
        case .acquireDomains: ["resource-development"]
        case .directNetworkFlood, .serviceExhaustionFlood: ["impact"]
        }
    }

    /// The technique's page on attack.mitre.org.
    var url: String {
        "https://attack.mitre.org/techniques/\(self.rawValue.replacingOccurrences(of: ".", with: "/"))/"
    }

    /// A one-sentence description in the spirit of ATT&CK's.
    var summary: String {
        switch self {
        case .spearphishingAttachment:
            "Adversaries send spearphishing e-mails with a malicious attachment to gain access to victim systems."
        case .spearphishingLink:
            "Adversaries send e-mails or SMS with a malicious link to gain access or harvest credentials."
        case .maliciousFile:
            "Adversaries rely on a user opening a malicious file to gain execution."
        case .exploitationForClientExecution:
            "Adversaries exploit software vulnerabilities in client applications to execute code."
        case .powerShell:
            "Adversaries abuse PowerShell commands and scripts for execution."
        case .registryRunKeys:
            "Adversaries add a program to a Registry run key or the startup folder to run at logon."
        case .obfuscatedFiles:
            "Adversaries make an executable or file difficult to discover or analyse by encrypting or encoding it."
        case .doubleFileExtension:
            "Adversaries give a file a second extension (report.pdf.exe) to disguise its type."
        case .systemInformationDiscovery:
            "Adversaries gather detailed information about the operating system and hardware."
        case .webProtocols:
            "Adversaries communicate over HTTP(S) to blend in with existing web traffic."
        case .ingressToolTransfer:
            "Adversaries transfer tools or other files from an external system into a compromised environment."
        case .keylogging:
            "Adversaries log user keystrokes to intercept credentials."
        case .screenCapture:
            "Adversaries take screen captures of the desktop to gather information."
        case .exfiltrationOverC2:
            "Adversaries steal data by exfiltrating it over an existing command and control channel."
        case .acquireDomains:
            "Adversaries acquire domains that can be used during targeting, such as look-alike phishing domains."
        case .directNetworkFlood:
            "Adversaries send a high volume of network traffic directly at a target to deny service."
        case .serviceExhaustionFlood:
            "Adversaries target resource-intensive features of web services, e.g. with HTTP floods."
        }
    }

    /// The technique as `attack-pattern` properties (after the common ones).
    var attackPatternProperties: [(String, JSONValue)] {
        [
            ("name", .string(self.name)),
            ("description", .string(self.summary)),
            ("kill_chain_phases", .array(self.tactics.map(JSONValue.attackPhase))),
        ]
    }

    /// The `mitre-attack` external reference.
    var externalReference: JSONValue {
        .externalReference(source: "mitre-attack", externalID: self.externalID, url: self.url)
    }
}
