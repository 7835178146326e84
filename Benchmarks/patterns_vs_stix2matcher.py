#!/usr/bin/env python3
"""STIX pattern matching: Kizuna (kizuna-pattern-bench, release build) next to the OASIS stix2-matcher 3.0.0, same run.

Generates deterministic data (fixed seed) in a temporary directory:
  observed.json  a JSON array of 10,000 STIX 2.1 observed-data objects and the SCOs their object_refs name
                 (ipv4-addr, ipv6-addr, domain-name, url, file with hashes, network-traffic with dst_ref/src_ref,
                 dst_port and protocols, email-addr), each with first_observed, last_observed and number_observed;
  patterns.txt   1,000 indicator patterns, one a line: 70% one equality comparison (IPv4, domain, URL, SHA-256, MD5),
                 15% `ipv4-addr:value ISSUBSET 'a.b.c.0/24'`, 10% compound comparisons within one observation
                 (network-traffic dst_ref and port, LIKE, OR of hashes, MATCHES, list steps), 5% over several
                 observations (FOLLOWEDBY ... WITHIN, AND, OR, REPEATS, START/STOP), about a third of them built from
                 values that occur in the data.

Then measures, in this process, stix2-matcher (each pattern compiled once with stix2matcher.matcher.Pattern outside
the timing; `Pattern.match([bundle])` with a bundle holding one observed-data and its SCOs, which is how
stix2-matcher takes STIX 2.1 input, so each call matches that observation alone):
  (a) one pattern over all 10,000 observations: observations per second and which matched;
  (b) two samples, each extrapolated linearly to all 1,000 x 10,000 pairs (stix2-matcher's cost is one independent
      call per pattern and observation): all patterns over the first 500 observations, and 50 evenly spaced patterns
      over all observations; the lower (faster) estimate is the one the ratio uses, and which pairs matched in either
      sample is compared with Kizuna's (in runs on this 2-core machine the two estimates came within 5% of each
      other, between 550 and 650 s);
  (c) the multi-observation patterns over all observations as one set (one call per pattern with one bundle of
      everything), and which matched.
It runs kizuna-pattern-bench on the same files, prints both sides' figures, the ratios, and whether the matches
agree; where they differ it prints the first differing observation ids with the pattern and the observation's JSON.
Calls on which stix2-matcher raises MatcherException (it cannot test an IPv6 address with ISSUBSET, and one such value
anywhere in the observation fails the whole call) count as no match and are reported apart, not as disagreements.

Usage: patterns_vs_stix2matcher.py --kizuna-bench PATH [--observations N] [--patterns N] [--sample-observations N]
                                   [--sample-patterns N] [--single 'PATTERN'] [--keep DIR] [--min-seconds S]
"""

import argparse
import json
import os
import random
import shlex
import shutil
import subprocess
import sys
import tempfile
import time
import uuid
from datetime import datetime, timedelta, timezone

SEED = 20261126
EPOCH = datetime(2026, 11, 1, tzinfo=timezone.utc)
DEFAULT_SINGLE = "[ipv4-addr:value ISSUBSET '198.51.100.0/24' OR domain-name:value LIKE '%.example.net']"


def stamp(moment):
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (moment.microsecond // 1000)


class Generator:
    """Observed data and patterns from one seeded random stream."""

    TLDS = ["com", "net", "org", "jp", "io", "info"]
    PORTS = [443, 443, 443, 80, 80, 53, 8080, 22, 25, 8443, 4444]

    def __init__(self, seed):
        self.rng = random.Random(seed)
        rng = self.rng
        nets = ["198.51.100", "203.0.113", "192.0.2"]
        while len(nets) < 120:
            nets.append("%d.%d.%d" % (rng.randint(11, 223), rng.randint(0, 255), rng.randint(0, 255)))
        self.networks = nets
        self.ipv4 = sorted({"%s.%d" % (rng.choice(nets), rng.randint(1, 254)) for _ in range(4000)})
        rng.shuffle(self.ipv4)
        self.ipv6 = ["2001:db8:%x:%x::%x" % (rng.randint(0, 0xFFFF), rng.randint(0, 0xFFFF), rng.randint(1, 0xFFFF))
                     for _ in range(500)]
        self.bases = ["example.net", "example.com"] + ["%s.%s" % (self.label(), rng.choice(self.TLDS)) for _ in range(298)]
        self.domains = sorted({"%s.%s" % (self.label(), rng.choice(self.bases)) for _ in range(2500)} | set(self.bases))
        rng.shuffle(self.domains)
        self.urls = ["%s://%s/%s" % (rng.choice(["http", "https", "https"]), rng.choice(self.domains),
                                     "/".join(self.label() for _ in range(rng.randint(1, 3)))) for _ in range(2000)]
        self.files = [("%032x" % rng.getrandbits(128) if rng.random() < 0.8 else None, "%064x" % rng.getrandbits(256))
                      for _ in range(3000)]
        self.emails = ["%s@%s" % (self.label(), rng.choice(self.domains)) for _ in range(800)]

    def label(self):
        return "".join(self.rng.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(self.rng.randint(3, 10)))

    def skewed(self, pool):
        """A value of pool, the first ones far more often (so some values recur, as in real data)."""
        return pool[min(int(self.rng.paretovariate(1.1)) - 1, len(pool) - 1) if self.rng.random() < 0.5
                    else self.rng.randrange(len(pool))]

    def uid(self, kind):
        return "%s--%s" % (kind, uuid.UUID(int=self.rng.getrandbits(128), version=4))

    # Observations.

    def sco(self, kind, **properties):
        return dict({"type": kind, "spec_version": "2.1", "id": self.uid(kind)}, **properties)

    def events(self):
        """The SCOs of one observed-data."""
        rng = self.rng
        scos = []
        for _ in range(rng.choice([1, 1, 1, 2, 2, 3])):
            roll = rng.random()
            if roll < 0.35:
                if rng.random() < 0.9:
                    dst = self.sco("ipv4-addr", value=self.skewed(self.ipv4))
                else:
                    dst = self.sco("ipv6-addr", value=rng.choice(self.ipv6))
                src = self.sco("ipv4-addr", value="10.%d.%d.%d" % (rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254)))
                protocols = rng.choice([["tcp"], ["tcp"], ["ipv4", "tcp"], ["udp"]])
                traffic = self.sco("network-traffic", src_ref=src["id"], dst_ref=dst["id"], dst_port=rng.choice(self.PORTS),
                                   protocols=protocols)
                scos += [traffic, src, dst]
            elif roll < 0.55:
                scos.append(self.sco("domain-name", value=self.skewed(self.domains)))
            elif roll < 0.70:
                scos.append(self.sco("url", value=self.skewed(self.urls)))
            elif roll < 0.85:
                md5, sha256 = self.skewed(self.files)
                hashes = {"SHA-256": sha256}
                if md5:
                    hashes["MD5"] = md5
                scos.append(self.sco("file", hashes=hashes, name=self.label() + rng.choice([".exe", ".dll", ".docx", ".pdf"])))
            elif roll < 0.93:
                scos.append(self.sco("ipv4-addr", value=self.skewed(self.ipv4)))
            else:
                scos.append(self.sco("email-addr", value=rng.choice(self.emails)))
        return scos

    def observed_data(self, scos, first, seconds, count):
        return {
            "type": "observed-data", "spec_version": "2.1", "id": self.uid("observed-data"),
            "created": stamp(first), "modified": stamp(first), "first_observed": stamp(first),
            "last_observed": stamp(first + timedelta(seconds=seconds)), "number_observed": count,
            "object_refs": [sco["id"] for sco in scos],
        }

    def observations(self, count, planted):
        """count observations: mostly random events over one day, plus the planted multi-observation scenarios."""
        rng = self.rng
        result = []
        for index in range(count - len(planted)):
            first = EPOCH + timedelta(seconds=rng.randint(0, 86_399), milliseconds=rng.randint(0, 999))
            scos = self.events()
            number = 1 if rng.random() < 0.8 else rng.randint(2, 5)
            result.append((self.observed_data(scos, first, rng.randint(0, 300), number), scos))
        for scos, first, seconds, number in planted:
            result.append((self.observed_data(scos, first, seconds, number), scos))
        rng.shuffle(result)
        return result

    # Patterns.

    def fresh_ipv4(self):
        return "%d.%d.%d.%d" % (self.rng.randint(11, 223), self.rng.randint(0, 255), self.rng.randint(0, 255),
                                self.rng.randint(1, 254))

    def fresh_domain(self):
        return "%s.%s.%s" % (self.label(), self.label(), self.rng.choice(self.TLDS))

    def plan(self, observation_count):
        """The planted scenarios (SCO lists with times) and the 5% of patterns that span several observations."""
        rng = self.rng
        planted = []
        patterns = []
        for index in range(30):
            address, domain, url = self.fresh_ipv4(), self.fresh_domain(), "https://%s/%s" % (self.fresh_domain(), self.label())
            first = EPOCH + timedelta(seconds=rng.randint(0, 80_000))
            gap = rng.choice([30, 120, 400, 590, 900, 3600])
            planted.append(([self.sco("ipv4-addr", value=address)], first, 10, 1))
            planted.append(([self.sco("domain-name", value=domain)], first + timedelta(seconds=gap), 10, 1))
            if index % 3 == 0:
                planted.append(([self.sco("url", value=url)], first + timedelta(seconds=gap + 60), 0, rng.randint(1, 3)))
            if index % 5 == 0:
                # One observed-data holding both, seen twice: does it satisfy FOLLOWEDBY on its own?
                both = [self.sco("ipv4-addr", value=address), self.sco("domain-name", value=domain)]
                planted.append((both, first + timedelta(seconds=40_000), 5, 2))
            kind = index % 6
            if kind in (0, 1):
                patterns.append("[ipv4-addr:value = '%s'] FOLLOWEDBY [domain-name:value = '%s'] WITHIN 600 SECONDS" % (address, domain))
            elif kind == 2:
                patterns.append("[domain-name:value = '%s'] FOLLOWEDBY [ipv4-addr:value = '%s']" % (domain, address))
            elif kind == 3:
                patterns.append("[ipv4-addr:value = '%s'] AND [domain-name:value = '%s']" % (address, domain))
            elif kind == 4:
                patterns.append("([ipv4-addr:value = '%s'] OR [url:value = '%s']) FOLLOWEDBY [domain-name:value = '%s'] WITHIN 3600 SECONDS"
                                % (address, url, domain))
            else:
                patterns.append("[ipv4-addr:value = '%s' OR domain-name:value = '%s'] REPEATS 2 TIMES WITHIN 3600 SECONDS"
                                % (address, domain))
        for index in range(10):
            patterns.append("[ipv4-addr:value = '%s'] REPEATS %d TIMES" % (self.ipv4[index], rng.choice([2, 3, 5])))
        for index in range(10):
            start = EPOCH + timedelta(hours=rng.randint(0, 20))
            patterns.append("[url:value = '%s'] START t'%s' STOP t'%s'"
                            % (self.urls[index], start.strftime("%Y-%m-%dT%H:%M:%SZ"),
                               (start + timedelta(hours=3)).strftime("%Y-%m-%dT%H:%M:%SZ")))
        return planted, patterns

    def pick(self, pool, fresh, present):
        return self.rng.choice(pool) if self.rng.random() < present else fresh()

    def single_observation_patterns(self, seen_traffic):
        rng = self.rng
        patterns = []
        kinds = ["ipv4"] * 210 + ["domain"] * 160 + ["url"] * 120 + ["sha256"] * 120 + ["md5"] * 90
        for kind in kinds:
            if kind == "ipv4":
                patterns.append("[ipv4-addr:value = '%s']" % self.pick(self.ipv4, self.fresh_ipv4, 0.3))
            elif kind == "domain":
                patterns.append("[domain-name:value = '%s']" % self.pick(self.domains, self.fresh_domain, 0.3))
            elif kind == "url":
                patterns.append("[url:value = '%s']" % self.pick(self.urls, lambda: "https://%s/%s" % (self.fresh_domain(), self.label()), 0.3))
            elif kind == "sha256":
                patterns.append("[file:hashes.'SHA-256' = '%s']" % self.pick([f[1] for f in self.files[:200]], lambda: "%064x" % rng.getrandbits(256), 0.3))
            else:
                patterns.append("[file:hashes.MD5 = '%s']" % self.pick([f[0] for f in self.files[:200] if f[0]], lambda: "%032x" % rng.getrandbits(128), 0.3))
        for _ in range(150):
            network = rng.choice(self.networks) if rng.random() < 0.4 else "%d.%d.%d" % (rng.randint(11, 223), rng.randint(0, 255), rng.randint(0, 255))
            patterns.append("[ipv4-addr:value ISSUBSET '%s.0/24']" % network)
        for index in range(100):
            kind = index % 10
            if kind in (0, 1, 2, 3):
                address, port = rng.choice(seen_traffic)
                if rng.random() < 0.4:
                    port = rng.choice([443, 80, 22])
                patterns.append("[network-traffic:dst_ref.value = '%s' AND network-traffic:dst_port = %d]" % (address, port))
            elif kind in (4, 5):
                patterns.append("[domain-name:value LIKE '%%.%s']" % rng.choice(self.bases[:40]))
            elif kind == 6:
                md5, sha256 = rng.choice(self.files[:300])
                patterns.append("[file:hashes.MD5 = '%s' OR file:hashes.'SHA-256' = '%s']" % (md5 or "%032x" % rng.getrandbits(128), sha256))
            elif kind == 7:
                patterns.append("[url:value MATCHES '^https://%s/']" % rng.choice(self.domains[:100]).replace(".", "\\\\."))
            elif kind == 8:
                patterns.append("[network-traffic:protocols[*] = 'udp' AND network-traffic:dst_ref.value ISSUBSET '%s.0/24']" % rng.choice(self.networks[:30]))
            else:
                patterns.append("[email-addr:value = '%s' OR email-addr:value = '%s']" % (rng.choice(self.emails), rng.choice(self.emails)))
        return patterns


def generate(directory, observation_count, pattern_count):
    generator = Generator(SEED)
    planted, multi = generator.plan(observation_count)
    observations = generator.observations(observation_count, planted)
    seen_traffic = []
    for observed, scos in observations:
        by_id = {sco["id"]: sco for sco in scos}
        for sco in scos:
            if sco["type"] == "network-traffic" and by_id[sco["dst_ref"]]["type"] == "ipv4-addr":
                seen_traffic.append((by_id[sco["dst_ref"]]["value"], sco["dst_port"]))
    labelled = [(pattern, False) for pattern in generator.single_observation_patterns(seen_traffic)]
    labelled += [(pattern, True) for pattern in multi]
    labelled = generator.rng.sample(labelled, min(pattern_count, len(labelled)))
    patterns = [pattern for pattern, _ in labelled]
    multi_numbers = {number for number, (_, is_multi) in enumerate(labelled) if is_multi}
    objects = []
    for observed, scos in observations:
        objects += scos + [observed]
    with open(os.path.join(directory, "observed.json"), "w") as out:
        json.dump(objects, out)
    with open(os.path.join(directory, "patterns.txt"), "w") as out:
        out.write("".join(pattern + "\n" for pattern in patterns))
    return observations, patterns, multi_numbers


def bundle(observed, scos):
    return {"type": "bundle", "id": "bundle--%s" % observed["id"].split("--")[1], "objects": [observed] + scos}


class PeerCalls:
    """Calls stix2-matcher, counting the calls that raise MatcherException (an IPv6 address tested with ISSUBSET
    against an IPv4 network, for one) as no match, and remembering the first of each pattern."""

    def __init__(self):
        from stix2matcher.matcher import MatcherException
        self.exception = MatcherException
        self.errors = {}
        self.failed = set()

    def match(self, number, compiled, bundles, identifier=None):
        try:
            return compiled.match(bundles)
        except self.exception as error:
            self.errors.setdefault(number, [0, str(error)])[0] += 1
            self.failed.add((number, identifier))
            return []


def run_peer(observations, patterns, multi, single, sample_count, sample_patterns):
    from stix2matcher.matcher import Pattern

    calls = PeerCalls()

    bundles = [(observed["id"], bundle(observed, scos)) for observed, scos in observations]
    result = {}

    compiled = Pattern(single, stix_version="2.1")
    start = time.perf_counter()
    matched = [identifier for identifier, item in bundles if calls.match(-1, compiled, [item], identifier)]
    result["single_seconds"] = time.perf_counter() - start
    result["single_matched"] = matched

    compiled_all = [Pattern(pattern, stix_version="2.1") for pattern in patterns]
    sample = bundles[:sample_count]
    pairs = set()
    start = time.perf_counter()
    for number, compiled in enumerate(compiled_all):
        for identifier, item in sample:
            if calls.match(number, compiled, [item], identifier):
                pairs.add((number, identifier))
    result["sample_seconds"] = time.perf_counter() - start
    result["sample_ids"] = [identifier for identifier, _ in sample]
    result["pairs"] = pairs

    numbers = sorted({index * len(patterns) // sample_patterns for index in range(sample_patterns)})
    pattern_pairs = set()
    start = time.perf_counter()
    for number in numbers:
        compiled = compiled_all[number]
        for identifier, item in bundles:
            if calls.match(number, compiled, [item], identifier):
                pattern_pairs.add((number, identifier))
    result["pattern_sample_seconds"] = time.perf_counter() - start
    result["pattern_sample"] = numbers
    result["pattern_pairs"] = pattern_pairs

    everything = {"type": "bundle", "id": "bundle--00000000-0000-4000-8000-000000000000", "objects": []}
    for observed, scos in observations:
        everything["objects"] += scos + [observed]
    set_matched = {}
    start = time.perf_counter()
    for number in sorted(multi):
        found = calls.match(number, compiled_all[number], [everything])
        if found:
            set_matched[number] = sorted(item["id"] for sdo in found for item in sdo["objects"] if item["type"] == "observed-data")
    result["set_seconds"] = time.perf_counter() - start
    result["set_matched"] = set_matched
    result["errors"] = calls.errors
    result["failed"] = calls.failed
    return result


def run_kizuna(binary, directory, single, min_seconds):
    dump = os.path.join(directory, "kizuna.dump")
    command = [binary, os.path.join(directory, "observed.json"), os.path.join(directory, "patterns.txt"),
               "--single", single, "--dump", dump, "--min-seconds", str(min_seconds)]
    print("$ " + shlex.join(command), flush=True)
    output = subprocess.run(command, check=True, capture_output=True, text=True).stdout
    figures = dict(line.split("=", 1) for line in output.splitlines() if "=" in line)
    single_matched, pairs, set_matched = [], set(), {}
    with open(dump) as lines:
        for line in lines:
            parts = line.split()
            if not parts:
                continue
            if parts[0] == "single":
                single_matched.append(parts[1])
            elif parts[0] == "pair":
                pairs.add((int(parts[1]), parts[2]))
            elif parts[0] == "set":
                set_matched[int(parts[1])] = sorted(parts[2].split(",")) if len(parts) > 2 else []
    return figures, single_matched, pairs, set_matched


def show_observation(observations_by_id, identifier):
    observed, scos = observations_by_id[identifier]
    return json.dumps([observed] + scos)


def agrees(ours, theirs, failed):
    """Whether both engines matched the same, leaving out calls where stix2-matcher raised instead of answering."""
    return theirs <= ours and ours - theirs <= failed


def difference_report(title, ours, theirs, describe, failed=frozenset()):
    """Prints where the matches differ; differences on calls where stix2-matcher raised are listed apart.
    Returns whether they agree on every call stix2-matcher answered."""
    only_ours, only_theirs = sorted(ours - theirs), sorted(theirs - ours)
    raised = [item for item in only_ours if item in failed]
    only_ours = [item for item in only_ours if item not in failed]
    if raised:
        print("\n%s: %d matched by Kizuna where stix2-matcher raised MatcherException instead of answering, e.g."
              % (title, len(raised)))
        for item in raised[:2]:
            print("  %s" % describe(item))
    if not only_ours and not only_theirs:
        return True
    print("\nDISAGREEMENT in %s: %d only Kizuna, %d only stix2-matcher" % (title, len(only_ours), len(only_theirs)))
    for side, items in (("only Kizuna matched", only_ours), ("only stix2-matcher matched", only_theirs)):
        for item in items[:5]:
            print("  %s: %s" % (side, describe(item)))
    return False


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--kizuna-bench", required=True, help="path of the kizuna-pattern-bench executable (release build)")
    parser.add_argument("--observations", type=int, default=10_000)
    parser.add_argument("--patterns", type=int, default=1_000, help="how many of the 1,000 generated patterns to use (1-1000)")
    parser.add_argument("--sample-observations", type=int, default=500,
                        help="observations stix2-matcher matches all patterns against in (b), extrapolated to all")
    parser.add_argument("--sample-patterns", type=int, default=50,
                        help="evenly spaced patterns stix2-matcher matches against all observations in (b), extrapolated")
    parser.add_argument("--single", default=DEFAULT_SINGLE, help="the pattern of measurement (a)")
    parser.add_argument("--min-seconds", type=float, default=1.0, help="least time each Kizuna measurement runs for")
    parser.add_argument("--keep", help="write the generated files here and keep them")
    args = parser.parse_args()
    if not 1 <= args.patterns <= 1_000:
        parser.error("--patterns must be between 1 and 1000 (the generator makes 1,000), not %d" % args.patterns)
    if args.observations < 200:
        parser.error("--observations must be at least 200 (about 100 are planted multi-observation scenarios), not %d"
                     % args.observations)
    if args.sample_observations < 1 or not 1 <= args.sample_patterns <= args.patterns:
        parser.error("--sample-observations must be at least 1 and --sample-patterns between 1 and --patterns")

    directory = args.keep or tempfile.mkdtemp(prefix="kizuna-patterns.")
    os.makedirs(directory, exist_ok=True)
    try:
        observations, patterns, multi = generate(directory, args.observations, args.patterns)
        by_id = {observed["id"]: (observed, scos) for observed, scos in observations}
        sample_count = min(args.sample_observations, len(observations))
        multi_count = len(multi)
        print("data: %d observed-data with %d SCOs, %d patterns (%d over several observations) in %s"
              % (len(observations), sum(len(scos) for _, scos in observations), len(patterns), multi_count, directory))
        print("single pattern: %s" % args.single, flush=True)

        figures, k_single, k_pairs, k_set = run_kizuna(args.kizuna_bench, directory, args.single, args.min_seconds)
        print("stix2-matcher 3.0.0: (a) %d calls, (b) %d patterns x %d observations = %d calls and %d patterns x %d observations "
              "= %d calls, (c) %d calls over all observations ..."
              % (len(observations), len(patterns), sample_count, len(patterns) * sample_count, args.sample_patterns,
                 len(observations), args.sample_patterns * len(observations), multi_count), flush=True)
        peer = run_peer(observations, patterns, multi, args.single, sample_count, args.sample_patterns)

        count = len(observations)
        peer_single_rate = count / peer["single_seconds"]
        ours_single_rate = float(figures["single_observations_per_second"])
        by_observations = peer["sample_seconds"] * count / sample_count
        by_patterns = peer["pattern_sample_seconds"] * len(patterns) / len(peer["pattern_sample"])
        peer_full = min(by_observations, by_patterns)
        ours_catalog = float(figures["catalog_seconds"])
        ours_build = float(figures["catalog_build_seconds"])
        ours_set = float(figures["catalog_set_seconds"])

        sample_ids = set(peer["sample_ids"])
        k_pairs_sample = {pair for pair in k_pairs if pair[1] in sample_ids}
        failed = peer["failed"]
        single_agree = agrees(set(k_single), set(peer["single_matched"]), {identifier for number, identifier in failed if number == -1})
        pattern_sample = set(peer["pattern_sample"])
        k_pairs_pattern_sample = {pair for pair in k_pairs if pair[0] in pattern_sample}
        pairs_agree = agrees(k_pairs_sample, peer["pairs"], failed) and agrees(k_pairs_pattern_sample, peer["pattern_pairs"], failed)
        k_set_multi = {number: ids for number, ids in k_set.items() if number in multi}
        set_agree = agrees(set(k_set_multi), set(peer["set_matched"]), {number for number, identifier in failed if identifier is None})
        # Single-observation patterns match the whole set exactly when they match some observation alone.
        k_pair_patterns = {number for number, _ in k_pairs}
        k_set_single = {number for number in k_set if number not in multi}
        k_consistent = k_set_single == k_pair_patterns - multi

        print()
        print("%-58s %18s %18s %10s  %s" % ("measurement", "stix2-matcher", "Kizuna", "ratio", "matches (stix2-matcher / Kizuna)"))
        print("%-58s %18s %18s %9.0fx  %d / %d %s" % (
            "(a) one pattern over %d observations, obs/s" % count, "%.0f" % peer_single_rate, "%.0f" % ours_single_rate,
            ours_single_rate / peer_single_rate, len(peer["single_matched"]), len(k_single), "agree" if single_agree else "DIFFER"))
        print("%-58s %18s %18s %9.0fx  on the samples: %d / %d pairs %s; Kizuna on all: %s pairs" % (
            "(b) %d indicators x %d observations, one at a time, s" % (len(patterns), count),
            "%.1f (extrap.)" % peer_full, "%.4f" % ours_catalog, peer_full / ours_catalog,
            len(peer["pairs"] | peer["pattern_pairs"]), len(k_pairs_sample | k_pairs_pattern_sample),
            "agree" if pairs_agree else "DIFFER", figures["catalog_matches"]))
        print("%-58s %18s %18s %9.0fx" % ("(b) the same, Kizuna counting its catalog build, s", "%.1f (extrap.)" % peer_full,
                                          "%.4f" % (ours_catalog + ours_build), peer_full / (ours_catalog + ours_build)))
        print("%-58s %18s %18s %10s  %d / %d patterns %s" % (
            "(c) %d multi-observation patterns over all as one set, s" % multi_count, "%.2f" % peer["set_seconds"],
            "%.4f (all %d)" % (ours_set, len(patterns)), "-", len(peer["set_matched"]), len(k_set_multi),
            "agree" if set_agree else "DIFFER"))
        print()
        print("(a) target >= 100x: %s.  (b) target >= 10,000x: %s." % (
            "met" if ours_single_rate / peer_single_rate >= 100 else "NOT met",
            "met" if peer_full / ours_catalog >= 10_000 else "NOT met"))
        print("(b) stix2-matcher, extrapolated linearly: all %d patterns x the first %d observations took %.1f s (%.1f s for "
              "all), %d evenly spaced patterns x all %d observations took %.1f s (%.1f s for all); the ratio uses the lower. "
              "Kizuna ran every pattern over every observation (median of %s rounds), catalog build %.4f s apart. "
              "(c) Kizuna's one whole-set call covers all %d patterns (%s matched); stix2-matcher ran only the %d "
              "multi-observation ones."
              % (len(patterns), sample_count, peer["sample_seconds"], by_observations, len(peer["pattern_sample"]), count,
                 peer["pattern_sample_seconds"], by_patterns, figures["catalog_rounds"], ours_build,
                 len(patterns), figures["catalog_set_matches"], multi_count))
        print("Kizuna: %s indicators filed, %s evaluated in full for every observation (no index key), unfiled: [%s]; "
              "loading the observations (read, parse, collect) took %s s."
              % (figures["catalog_indicators"], figures["catalog_fallback"], figures["catalog_unfiled"], figures["load_seconds"]))
        for number, (errors, message) in sorted(peer["errors"].items()):
            print("stix2-matcher raised MatcherException on %d calls of %s (counted as no match): %s"
                  % (errors, "the single pattern" if number < 0 else "pattern %d %s" % (number, patterns[number]), message))
        if not k_consistent:
            print("INCONSISTENT (Kizuna): single-observation patterns matched in the whole-set call %s vs per observation %s"
                  % (sorted(k_set_single - k_pair_patterns)[:10], sorted(k_pair_patterns - k_set_single)[:10]))

        agree = True
        agree &= difference_report(
            "(a) %s" % args.single, set(k_single), set(peer["single_matched"]),
            lambda identifier: "%s\n      %s" % (identifier, show_observation(by_id, identifier)),
            {identifier for number, identifier in peer["failed"] if number == -1})
        agree &= difference_report(
            "(b) pattern x observation pairs on the sample", k_pairs_sample, peer["pairs"],
            lambda pair: "pattern %d %s on %s\n      %s" % (pair[0], patterns[pair[0]], pair[1], show_observation(by_id, pair[1])),
            peer["failed"])
        agree &= difference_report(
            "(b) pattern x observation pairs of the pattern sample", k_pairs_pattern_sample, peer["pattern_pairs"],
            lambda pair: "pattern %d %s on %s\n      %s" % (pair[0], patterns[pair[0]], pair[1], show_observation(by_id, pair[1])),
            peer["failed"])
        agree &= difference_report(
            "(c) multi-observation patterns over the whole set", set(k_set_multi), set(peer["set_matched"]),
            lambda number: "pattern %d %s bound by Kizuna %s, stix2-matcher %s" % (
                number, patterns[number], k_set_multi.get(number), peer["set_matched"].get(number)),
            {number for number, identifier in peer["failed"] if identifier is None})
        print("\nmatches agree: %s" % (("yes, on every call stix2-matcher answered" if peer["failed"] else "yes")
                                        if agree and k_consistent else "NO"))
        return 0 if agree and k_consistent else 1
    finally:
        if not args.keep:
            shutil.rmtree(directory, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
