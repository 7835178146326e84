/// Builds a classic pcap file (Ethernet, IPv4, UDP and TCP) so tests can replay traffic through Suricata.
struct PacketCapture {
    /// The file's bytes so far.
    private(set) var bytes: [UInt8] = [0xD4, 0xC3, 0xB2, 0xA1, 2, 0, 4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xFF, 0xFF, 0, 0, 1, 0, 0, 0]
    private var packetCount: UInt32 = 0

    /// Appends a UDP datagram.
    mutating func udp(from source: String, _ sourcePort: UInt16, to destination: String, _ destinationPort: UInt16, _ payload: [UInt8]) {
        var segment = Self.bigEndian(sourcePort) + Self.bigEndian(destinationPort) + Self.bigEndian(UInt16(8 + payload.count)) + [0, 0]
        segment += payload
        self.ipv4(from: source, to: destination, protocolNumber: 17, segment)
    }

    /// Appends a DNS query for an A record of `name` from `sourcePort`.
    mutating func dnsQuery(_ name: String, sourcePort: UInt16) {
        var message: [UInt8] = Self.bigEndian(sourcePort) + [0x01, 0x00, 0, 1, 0, 0, 0, 0, 0, 0]
        for label in name.split(separator: ".") {
            message.append(UInt8(label.utf8.count))
            message += Array(label.utf8)
        }
        message += [0, 0, 1, 0, 1]
        self.udp(from: "10.0.0.5", sourcePort, to: "192.0.2.53", 53, message)
    }

    /// Appends a TCP connection from `client` to `server`: handshake, the client's `request`, the server's
    /// `response` (if any), and the closing exchange.
    mutating func tcpSession(client: String, _ clientPort: UInt16, server: String, _ serverPort: UInt16, request: [UInt8], response: [UInt8]) {
        var clientSequence: UInt32 = 1000
        var serverSequence: UInt32 = 5000
        self.tcp(client, clientPort, server, serverPort, sequence: clientSequence, ack: 0, flags: 0x02, [])
        self.tcp(server, serverPort, client, clientPort, sequence: serverSequence, ack: clientSequence + 1, flags: 0x12, [])
        clientSequence += 1
        serverSequence += 1
        self.tcp(client, clientPort, server, serverPort, sequence: clientSequence, ack: serverSequence, flags: 0x10, [])
        self.tcp(client, clientPort, server, serverPort, sequence: clientSequence, ack: serverSequence, flags: 0x18, request)
        clientSequence += UInt32(request.count)
        self.tcp(server, serverPort, client, clientPort, sequence: serverSequence, ack: clientSequence, flags: 0x10, [])
        if !response.isEmpty {
            self.tcp(server, serverPort, client, clientPort, sequence: serverSequence, ack: clientSequence, flags: 0x18, response)
            serverSequence += UInt32(response.count)
            self.tcp(client, clientPort, server, serverPort, sequence: clientSequence, ack: serverSequence, flags: 0x10, [])
        }
        self.tcp(client, clientPort, server, serverPort, sequence: clientSequence, ack: serverSequence, flags: 0x11, [])
        self.tcp(server, serverPort, client, clientPort, sequence: serverSequence, ack: clientSequence + 1, flags: 0x11, [])
        self.tcp(client, clientPort, server, serverPort, sequence: clientSequence + 1, ack: serverSequence + 1, flags: 0x10, [])
    }

    /// A TLS 1.2 ClientHello record naming `serverName` in its SNI extension.
    static func clientHello(serverName: String) -> [UInt8] {
        let name = Array(serverName.utf8)
        let serverNameEntry: [UInt8] = [0] + Self.bigEndian(UInt16(name.count)) + name
        let list = Self.bigEndian(UInt16(serverNameEntry.count)) + serverNameEntry
        let extensions: [UInt8] = [0, 0] + Self.bigEndian(UInt16(list.count)) + list
        var body: [UInt8] = [3, 3] + [UInt8](repeating: 0x11, count: 32) + [0] + [0, 2, 0x00, 0x2F] + [1, 0]
        body += Self.bigEndian(UInt16(extensions.count)) + extensions
        let handshake: [UInt8] = [1, 0] + Self.bigEndian(UInt16(body.count)) + body
        return [0x16, 3, 1] + Self.bigEndian(UInt16(handshake.count)) + handshake
    }

    private mutating func tcp(
        _ source: String, _ sourcePort: UInt16, _ destination: String, _ destinationPort: UInt16, sequence: UInt32, ack: UInt32, flags: UInt8,
        _ payload: [UInt8]
    ) {
        var segment = Self.bigEndian(sourcePort) + Self.bigEndian(destinationPort) + Self.bigEndian(sequence) + Self.bigEndian(ack)
        segment += [0x50, flags, 0xFF, 0xFF, 0, 0, 0, 0]
        segment += payload
        let pseudoHeader = Self.address(source) + Self.address(destination) + [0, 6] + Self.bigEndian(UInt16(segment.count))
        let checksum = Self.checksum(pseudoHeader + segment)
        segment[16] = UInt8(checksum >> 8)
        segment[17] = UInt8(checksum & 0xFF)
        self.ipv4(from: source, to: destination, protocolNumber: 6, segment)
    }

    private mutating func ipv4(from source: String, to destination: String, protocolNumber: UInt8, _ segment: [UInt8]) {
        var header: [UInt8] = [0x45, 0] + Self.bigEndian(UInt16(20 + segment.count)) + Self.bigEndian(UInt16(truncatingIfNeeded: self.packetCount))
        header += [0x40, 0, 64, protocolNumber, 0, 0] + Self.address(source) + Self.address(destination)
        let checksum = Self.checksum(header)
        header[10] = UInt8(checksum >> 8)
        header[11] = UInt8(checksum & 0xFF)
        let frame: [UInt8] = [2, 0, 0, 0, 0, 2, 2, 0, 0, 0, 0, 1, 0x08, 0x00] + header + segment
        let seconds: UInt32 = 1_700_000_000 + self.packetCount / 100
        let microseconds: UInt32 = (self.packetCount % 100) * 10_000
        self.bytes += Self.littleEndian(seconds) + Self.littleEndian(microseconds)
        self.bytes += Self.littleEndian(UInt32(frame.count)) + Self.littleEndian(UInt32(frame.count)) + frame
        self.packetCount += 1
    }

    private static func address(_ text: String) -> [UInt8] {
        text.split(separator: ".").map { UInt8($0)! }
    }

    private static func checksum(_ bytes: [UInt8]) -> UInt16 {
        var sum: UInt32 = 0
        var index = 0
        while index < bytes.count {
            let high = UInt32(bytes[index]) << 8
            let low = index + 1 < bytes.count ? UInt32(bytes[index + 1]) : 0
            sum += high | low
            index += 2
        }
        while sum > 0xFFFF { sum = (sum & 0xFFFF) + (sum >> 16) }
        return ~UInt16(sum)
    }

    private static func bigEndian<T: FixedWidthInteger>(_ value: T) -> [UInt8] {
        (0..<(T.bitWidth / 8)).reversed().map { UInt8(truncatingIfNeeded: value >> ($0 * 8)) }
    }

    private static func littleEndian(_ value: UInt32) -> [UInt8] {
        (0..<4).map { UInt8(truncatingIfNeeded: value >> ($0 * 8)) }
    }
}
