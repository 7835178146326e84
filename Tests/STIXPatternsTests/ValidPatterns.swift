/// Patterns every conforming parser accepts (each also accepted by the reference validator `stix2-patterns`,
/// except where noted).
enum ValidPatterns {
    /// The examples of STIX 2.1 section 9.9 (pattern text as it appears after JSON unescaping).
    static let specExamples: [String] = [
        #"[file:hashes.'SHA-256' = 'aec070645fe53ee3b3763059376134f058cc337247c978add178b6ccdfb0019f']"#,
        #"[email-message:from_ref.value MATCHES '.+\\@example\\.com$' AND email-message:body_multipart[*].body_raw_ref.name MATCHES '^Final Report.+\\.exe$']"#,
        #"[file:hashes.'SHA-256' = 'aec070645fe53ee3b3763059376134f058cc337247c978add178b6ccdfb0019f' AND file:mime_type = 'application/x-pdf']"#,
        #"[file:hashes.'SHA-256' = 'bf07a7fbb825fc0aae7bf4a1177b2b31fcf8a3feeaf7092761e18c859ee52a9c' OR file:hashes.MD5 = 'cead3f77f6cda6ec00f57d76c9a6879f'] AND [file:hashes.'SHA-256' = 'aec070645fe53ee3b3763059376134f058cc337247c978add178b6ccdfb0019f']"#,
        #"[file:hashes.MD5 = '79054025255fb1a26e4bc422aef54eb4'] FOLLOWEDBY [windows-registry-key:key = 'HKEY_LOCAL_MACHINE\\foo\\bar'] WITHIN 5 SECONDS"#,
        #"[user-account:account_type = 'unix' AND user-account:user_id = '1007' AND user-account:account_login = 'Peter'] AND [user-account:account_type = 'unix' AND user-account:user_id = '1008' AND user-account:account_login = 'Paul'] AND [user-account:account_type = 'unix' AND user-account:user_id = '1009' AND user-account:account_login = 'Mary']"#,
        #"[artifact:mime_type = 'application/vnd.tcpdump.pcap' AND artifact:payload_bin MATCHES '\\xd4\\xc3\\xb2\\xa1\\x02\\x00\\x04\\x00']"#,
        #"[file:name = 'foo.dll' AND file:parent_directory_ref.path = 'C:\\Windows\\System32']"#,
        #"[file:extensions.'windows-pebinary-ext'.sections[*].entropy > 7.0]"#,
        #"[file:mime_type = 'image/bmp' AND file:magic_number_hex = h'ffd8']"#,
        #"[network-traffic:dst_ref.type = 'ipv4-addr' AND network-traffic:dst_ref.value = '203.0.113.33/32']"#,
        #"[network-traffic:dst_ref.type = 'domain-name' AND network-traffic:dst_ref.value = 'example.com'] REPEATS 5 TIMES WITHIN 180 SECONDS"#,
        #"[domain-name:value = 'www.5z8.info' AND domain-name:resolvesto_refs[*].value = '198.51.100.1/32']"#,
        #"[url:value = 'http://example.com/foo' OR url:value = 'http://example.com/bar']"#,
        #"[x509-certificate:issuer = 'CN=WEBMAIL' AND x509-certificate:serial_number = '4c:0b:1d:19:74:86:a7:66:b4:1a:bf:40:27:21:76:28']"#,
        #"[windows-registry-key:key = 'HKEY_CURRENT_USER\\Software\\CryptoLocker\\Files' OR windows-registry-key:key = 'HKEY_CURRENT_USER\\Software\\Microsoft\\CurrentVersion\\Run\\CryptoLocker_0388']"#,
        #"[(file:name = 'pdf.exe' OR file:size = '371712') AND file:created = t'2014-01-13T07:03:17Z']"#,
        #"[email-message:sender_ref.value = 'jdoe@example.com' AND email-message:subject = 'Conference Info']"#,
        #"[x-usb-device:usbdrive.serial_number = '575833344E3938333335']"#,
        #"[process:command_line MATCHES '^.+>-add GlobalSign.cer -c -s -r localMachine Root$'] FOLLOWEDBY [process:command_line MATCHES '^.+>-add GlobalSign.cer -c -s -r localMachineTrustedPublisher$'] WITHIN 300 SECONDS"#,
        #"[network-traffic:dst_ref.value ISSUBSET '2001:0db8:dead:beef:0000:0000:0000:0000/64']"#,
        #"([file:name = 'foo.dll'] AND [windows-registry-key:key = 'HKEY_LOCAL_MACHINE\\foo\\bar']) OR [process:name = 'fooproc' OR process:name = 'procfoo']"#,
        #"[ipv4-addr:value = '198.51.100.1/32' OR ipv4-addr:value = '203.0.113.33/32' OR ipv6-addr:value = '2001:0db8:dead:beef:dead:beef:dead:0001/128']"#,
        #"[ipv4-addr:value = '203.0.113.1'] START t'2016-06-01T00:00:00Z' STOP t'2016-07-01T00:00:00Z'"#,
    ]

    /// One or more of every operator, qualifier, constant type and path form.
    ///
    /// `to_refs[-1]` is admitted by the grammar's `indexPathStep`; stix2-patterns 2.1.2 crashes on it.
    static let features: [String] = [
        #"[file:size = 25536] WITHIN 2.5 SECONDS"#,
        #"[file:name NOT = 'calc.exe']"#,
        #"[file:size != 0 AND file:size <> 1]"#,
        #"[file:size < 10 AND file:size <= 10 AND file:size > -10 AND file:size >= +10]"#,
        #"[file:name IN ('a.exe', 'b.exe', 'c.exe')]"#,
        #"[file:size NOT IN (1, 2.5, true, h'00', t'2020-01-01T00:00:00Z')]"#,
        #"[file:name LIKE 'mal%.exe']"#,
        #"[file:name NOT LIKE 'a_c']"#,
        #"[ipv4-addr:value ISSUPERSET '198.51.100.0/24']"#,
        #"[ipv4-addr:value NOT ISSUBSET '10.0.0.0/8']"#,
        #"[EXISTS windows-registry-key:values]"#,
        #"[NOT EXISTS file:hashes.MD5]"#,
        #"[artifact:payload_bin = b'SGVsbG8=']"#,
        #"[artifact:payload_bin = b'SGk=' OR artifact:payload_bin = b'SGVsbG8h']"#,
        #"[file:magic_number_hex = h'DEADbeef']"#,
        #"[file:x_flag = true OR file:x_flag = false]"#,
        #"[file:x_ratio = -.5 OR file:x_ratio = +0.25 OR file:x_ratio = 1.000001]"#,
        #"[file:created = t'2024-02-29T23:59:59.123456789Z']"#,
        #"[file:name = 'it\'s' OR file:name = 'back\\slash']"#,
        #"[email-message:to_refs[0].value = 'a@example.com']"#,
        #"[email-message:to_refs[-1].value = 'a@example.com']"#,
        #"[file:'name' = 'a' AND file:extensions.'ntfs-ext'.alternate_data_streams[*].name = 'x']"#,
        #"[network-traffic:src_ref.value = '10.0.0.1' AND network-traffic:dst_port = 443]"#,
        #"[process:parent_ref.parent_ref.name = 'explorer.exe']"#,
        #"[file:name = 'a' /* a comment */ AND file:size = 1] // trailing comment"#,
        #"[((file:name = 'a'))]"#,
        #"(([file:name = 'a']))"#,
        #"[file:name = 'a'] AND [file:name = 'b'] OR [file:name = 'c'] FOLLOWEDBY [file:name = 'd']"#,
        #"[file:name = 'a'] WITHIN 5 SECONDS REPEATS 2 TIMES START t'2020-01-01T00:00:00Z' STOP t'2020-01-02T00:00:00Z'"#,
        #"([file:name = 'a'] WITHIN 5 SECONDS) WITHIN 10 SECONDS"#,
        #"([file:name = 'a'] OR [file:name = 'b']) REPEATS 3 TIMES"#,
        #"[file:name = 'ünïcødé']"#,
        #"[file:name = '']"#,
        #"[file:size = 9223372036854775807 OR file:size = -9223372036854775808]"#,
    ]

    static let all = specExamples + features
}
