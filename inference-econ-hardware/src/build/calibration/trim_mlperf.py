#!/usr/bin/env python3
# Copyright 2026 The inference-econ developers
# SPDX-License-Identifier: Apache-2.0
"""Trims the team's MLPerf Inference calibration set to the rows and fields the performance
calibration test reads, so that the test runs on a clean clone.

    python3 trim_mlperf.py /path/to/mlperf.json            # write the test resource
    python3 trim_mlperf.py /path/to/mlperf.json --check    # fail if the resource differs

Rules, the same for every row:
- rows with `same_run_as` set are dropped: their log file is byte-identical to an earlier row's
  (typically llama2-70b-99 and -99.9 submitted from one run), so keeping them would count one
  run twice;
- every other row is kept, whichever accelerator or benchmark (the test decides what it can
  estimate and says why it leaves a row out);
- per row only the fields in FIELDS are kept, values unchanged; `urls.summary` becomes `source`;
- the workload token lengths and the latency limits are kept with their sources.
Output is sorted by id, with sorted keys and two-space indentation, so that it is reproducible.
"""
import json
import sys
from pathlib import Path

OUT = (Path(__file__).resolve().parents[2] / "test/resources/io/github/inferenceecon"
       / "hardware/calibration/mlperf-rows.json")

FIELDS = [
    "id", "round", "submitter", "system_id", "system_name", "availability",
    "accelerator", "accelerator_family", "accelerators_per_node", "nodes",
    "total_accelerators_derived", "accelerator_count_note",
    "benchmark", "is_moe", "scenario",
    "weight_data_types", "weight_transformations", "config_precision", "kv_cache_dtype",
    "kv_cache_dtype_source", "parallelism", "engine", "software",
    "value_tokens_per_s", "samples_per_s", "output_tokens_per_sample_derived",
    "server_ttft_constraint_ms", "server_tpot_constraint_ms",
    "measured_ttft_p99_ms", "measured_ttft_mean_ms", "measured_tpot_p99_ms",
    "measured_tpot_mean_ms", "target_qps",
]

WORKLOAD_FIELDS = [
    "dataset", "mean_input_tokens", "median_input_tokens", "p90_input_tokens",
    "max_input_tokens", "mean_output_tokens_reference", "sources",
]


def trim(source):
    rows = []
    for row in source["rows"]:
        if row.get("same_run_as"):
            continue
        kept = {k: row.get(k) for k in FIELDS}
        kept["source"] = row["urls"]["summary"]
        rows.append(kept)
    rows.sort(key=lambda r: r["id"])
    workloads = {name: {k: w.get(k) for k in WORKLOAD_FIELDS}
                 for name, w in source["workloads"].items()}
    return {
        "description": "Trimmed copy of the team's MLPerf Inference calibration set "
                       "(reference/calibration/mlperf.json): rows with same_run_as dropped, "
                       "fields the calibration test reads kept unchanged. See README.md.",
        "derivedBy": "inference-econ-hardware/src/build/calibration/trim_mlperf.py",
        "sourceRowCount": source["row_count"],
        "rowCount": len(rows),
        "sources": source["sources"],
        "latencyConstraintsMs": source["latency_constraints_ms"],
        "workloads": workloads,
        "rows": rows,
    }


def main(argv):
    if len(argv) < 2:
        sys.exit("usage: trim_mlperf.py /path/to/mlperf.json [--check]")
    with open(argv[1], encoding="utf-8") as f:
        source = json.load(f)
    text = json.dumps(trim(source), indent=2, sort_keys=True, ensure_ascii=False) + "\n"
    if "--check" in argv[2:]:
        if not OUT.exists() or OUT.read_text(encoding="utf-8") != text:
            sys.exit(f"{OUT} differs from a fresh trim of {argv[1]}")
        print(f"{OUT} is up to date")
        return
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT}: {len(json.loads(text)['rows'])} rows")


if __name__ == "__main__":
    main(sys.argv)
