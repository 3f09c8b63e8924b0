"""Reads Locust's `<prefix>_stats.csv` and judges the run against the SLO.

    verdict.py STATS_CSV THRESHOLD_MS TARGET_RPS

Prints one table (step, requests, failures, p50/p95/p99 ms) and exits 1 when any step's p95
reaches the threshold, any answer was not the one its step expects, nothing ran, or the rate
offered was not reached (below 80 % of the target: the load generator or the server could not
keep up, so the latencies say nothing about the target rate). Exit 0 otherwise.
"""

import csv
import sys


def main() -> int:
    path, threshold, target = sys.argv[1], float(sys.argv[2]), float(sys.argv[3])
    with open(path, newline="") as f:
        rows = list(csv.DictReader(f))
    steps = [r for r in rows if r["Name"] != "Aggregated"]
    total = next((r for r in rows if r["Name"] == "Aggregated"), None)
    broken = []
    width = max([len(r["Name"]) for r in steps] + [4])
    print(f"{'step':<{width}} | {'requests':>8} | {'failures':>8} | {'p50 ms':>7} | {'p95 ms':>7} | {'p99 ms':>7}")
    print(f"{'-' * width}-|-{'-' * 8}-|-{'-' * 8}-|-{'-' * 7}-|-{'-' * 7}-|-{'-' * 7}")
    for r in sorted(steps, key=lambda r: (r["Type"] == "WEBHOOK", r["Name"])):
        requests, failures = int(r["Request Count"]), int(r["Failure Count"])
        p50, p95, p99 = (float(r[k]) if r[k] not in ("", "N/A") else 0.0 for k in ("50%", "95%", "99%"))
        mark = ""
        if failures:
            mark, _ = " <- failures", broken.append(f"{r['Name']}: {failures} unexpected answers")
        if p95 >= threshold:
            mark += " <- p95"
            broken.append(f"{r['Name']}: p95 {p95:.0f} ms >= {threshold:.0f} ms")
        print(f"{r['Name']:<{width}} | {requests:>8} | {failures:>8} | {p50:>7.0f} | {p95:>7.0f} | {p99:>7.0f}{mark}")
    if total is None or int(total["Request Count"]) == 0:
        broken.append("no requests were made")
    else:
        # Deliveries arrive at the receiver: they are not requests the users offered.
        rate = sum(float(r["Requests/s"]) for r in steps if r["Type"] != "WEBHOOK")
        print(f"\n{int(total['Request Count'])} requests and deliveries, {rate:.1f} req/s offered "
              f"at a target of {target:.0f} req/s")
        if rate < 0.8 * target:
            broken.append(f"the rate reached {rate:.1f} req/s, below 80 % of the target {target:.0f}")
    if broken:
        print("\nSLO broken (p95 < {:.0f} ms and no unexpected answer at {:.0f} req/s):".format(threshold, target))
        for b in broken:
            print(f"  - {b}")
        return 1
    print(f"SLO met: every step's p95 < {threshold:.0f} ms, no unexpected answer.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
