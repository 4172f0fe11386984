#!/usr/bin/env python3
# Copyright 2026 The inference-econ developers
# SPDX-License-Identifier: Apache-2.0
"""Builds the bundled hardware catalogs of inference-econ from the team's research files.

Inputs (copied verbatim from the research, so the build is reproducible and auditable):
  research/accelerators/accelerators.json     first research pass over accelerator specs
  research/accelerators/accelerators-2.json   second pass (fills gaps; same ids)
  research/clouds/cloud-offers.json           first pass over cloud rental prices
  research/clouds/cloud-offers-2.json         second pass (CoreWeave legacy component rates)
  research/clouds/energy.json                 PUE, electricity prices, carbon intensities
  research/vendor-figures/figures-hardware.json  third pass: the hardware records of the team's
                                                reference vendor figures (items C, 5-8)
  research/accelerators/accelerators-3.json   third pass: records the vendor figures lack
  research/clouds/cloud-prices-reference.json third pass: third-party price-list rows (AWS)
  research/accelerators/accelerators-4.json   fourth pass: GB300 and MI350X entries, NVLink 5
                                              direction, scale-up domain sizes

Outputs (the resources shipped in the jar):
  src/main/resources/io/github/inferenceecon/hardware/accelerators.json
  src/main/resources/io/github/inferenceecon/hardware/cloud-offers.json
  src/main/resources/io/github/inferenceecon/hardware/energy.json

Rules applied (see README.md next to this script):
  * No figure is added, changed or guessed here: every value comes from a research file, with the
    source URL and read date recorded there. Only units are renamed to the catalog's text forms.
  * Every source carries its tier: PRIMARY (the vendor's or provider's own page, records or
    repository, also read through a verbatim copy) or SECONDARY (anyone else).
  * Accelerators: the two passes are merged per figure; the second pass wins where both give a
    value (the one case, H100 SXM memory bandwidth, is recorded as a conflict by the research).
    A source stays attached to a figure only if it supports the value that was kept.
  * 'peakUnlabeled' (compute figures whose source does not say dense or sparse) never goes into
    densePeak; it is shipped as the informational 'unlabelledPeak' map.
  * Offers must name one accelerator of the catalog. Research offers that cannot (a device not in
    the catalog, a pool of several GPU models, a variant the provider does not state) are left out
    and listed in the catalog notes with the reason.

Usage:  python3 build_catalogs.py           # writes the three resources, prints a summary
        python3 build_catalogs.py --check   # fails if the committed resources differ
"""

import json
import os
import re
import sys
from collections import Counter
from decimal import Decimal as DecimalNumber

HERE = os.path.dirname(os.path.abspath(__file__))
RESEARCH = os.path.join(HERE, "research")
OUT = os.path.normpath(os.path.join(
    HERE, "..", "..", "main", "resources", "io", "github", "inferenceecon", "hardware"))

VERSION = "2026-12-06"
PUBLISHED_ON = "2026-12-06"
SCHEMA_VERSION = 1
FORMATS = ["FP64", "FP32", "TF32", "BF16", "FP16", "FP8", "FP6", "FP4", "INT8", "INT4"]
BUILT_BY = ("Built by inference-econ-hardware/src/build/catalog/build_catalogs.py from the "
            "research files in src/build/catalog/research/ (read {}).")


def load(path):
    with open(os.path.join(RESEARCH, path), encoding="utf-8") as f:
        return json.load(f)


def fail(message):
    sys.exit("build_catalogs: " + message)


# ---------------------------------------------------------------------------------------------
# Accelerators
# ---------------------------------------------------------------------------------------------

SCALARS = {"memory": "memory", "memoryBandwidth": "memoryBandwidth", "tdp": "thermalDesignPower"}
MAPS = {"densePeak": "densePeak", "sparsePeak": "sparsePeak", "peakUnlabeled": "unlabelledPeak"}

# Where the research names the page read through a copy on another host, that host goes to
# readVia and the primary document stays the url (both as given by the research note).
READ_VIA = {
    ("amd-mi355x", "https://www.amd.com/content/dam/amd/en/documents/instinct-tech-docs/"
                   "white-papers/amd-cdna-4-architecture-whitepaper.pdf"):
        "https://github.com/kuhar/amdgpu-isa-manuals/blob/"
        "0266938ebfdb5085d09f9b836389dfd41d1799c6/cdna4/whitepaper.md",
    ("amd-mi350x", "https://www.amd.com/content/dam/amd/en/documents/instinct-tech-docs/"
                   "white-papers/amd-cdna-4-architecture-whitepaper.pdf"):
        "https://github.com/kuhar/amdgpu-isa-manuals/blob/"
        "0266938ebfdb5085d09f9b836389dfd41d1799c6/cdna4/whitepaper.md",
}

CATALOG_ACCELERATOR_NOTES = [
    BUILT_BY.format("2026-11-27 and 2026-12-06"),
    "Every source has a tier: PRIMARY for the vendor's own page, document or repository (also "
    "read through a verbatim copy, 'readVia'), SECONDARY for anyone else (a reseller, a "
    "university wiki, a third-party compilation). A figure is primary when at least one "
    "primary source supports it; figures that only secondary sources give are used where no "
    "primary source was found, and marked by their sources' tier.",
    "The third pass (2026-12-06) reads NVIDIA's aiconfigurator system files, whose tensor-core "
    "rate per format the repository labels dense ('dense; NVIDIA specs list ... with "
    "sparsity') in h100_pcie.yaml and l4.yaml: the catalog reads that field as a dense peak in "
    "every system file, and each source note says where the file does not repeat the label. "
    "For PCIe cards without NVLink, the scale-up link is the PCIe link GPU-to-GPU traffic "
    "takes, as NVIDIA's performance model has it.",
    "Every figure cites the page it was read from ('sources', each naming the figures it "
    "supports) and the date it was read; where official sources disagree, both values are kept "
    "in 'conflicts' with the reason for the one chosen. A figure the research could not source "
    "is absent, never estimated, and 'gaps' says what was looked for and why it is missing.",
    "Memory is device memory in binary units (GiB): vendors label HBM capacity 'GB' but mean "
    "binary gigabytes; 'memoryLabel' keeps the vendor's wording. Bandwidths are decimal "
    "(1 TB/s = 10^12 bytes per second) as published.",
    "'densePeak' holds dense (no structured sparsity) peaks only; 'sparsePeak' the published "
    "with-sparsity peaks; 'unlabelledPeak' vendor figures whose source does not say dense or "
    "sparse, kept for reference and never used as dense. INT8 and INT4 figures are integer "
    "operations per second written with the FLOP/s unit.",
    "A scale-up bandwidth carries a 'basis' only where a source says whether the figure is "
    "per direction or the total of both directions (or, for AMD's Infinity Fabric, states the "
    "per-direction rate of each link; the link's note shows the arithmetic); otherwise the "
    "basis is absent and the accelerator spec used in calculations has no interconnect.",
    "The id 'nvidia-h100-sxm' carries the bare alias 'H100', 'nvidia-h200-sxm' the bare "
    "alias 'H200' and 'nvidia-a100-80gb-sxm' the bare alias 'A100' (and 'A100 80GB'; "
    "'nvidia-a100-40gb-sxm' carries 'A100 40GB'): the SXM part is the default H100, H200 and "
    "A100 of this catalog.",
    "The fourth pass (2026-12-06) adds the GB300 and the MI350X (from the same NVIDIA and AMD "
    "documents as the GB200, B300 and MI355X entries), the direction of the NVLink 5 figure of "
    "the B300 and GB300 (a reseller's copy of NVIDIA's NVLink page, secondary), and "
    "'scaleUp.domainSize', the devices a scale-up link joins at its bandwidth (8 on HGX/DGX "
    "boards and AMD's 8-GPU platforms, 72 in an NVL72 rack), where a vendor source states it.",
]


def figure_paths_for_source(key, record, acc_id):
    if key in SCALARS:
        return [SCALARS[key]]
    if key in MAPS:
        return [MAPS[key] + "." + fmt for fmt in record.get(key, {})]
    if key in ("scaleUp", "formFactor"):
        return [key]
    fail("unknown source key '{}' of accelerator '{}'".format(key, acc_id))


def figure_values(record):
    values = {}
    for key, path in SCALARS.items():
        if key in record:
            values[path] = record[key]
    for key, path in MAPS.items():
        for fmt, value in record.get(key, {}).items():
            if fmt not in FORMATS:
                fail("unknown format '{}' in {}".format(fmt, record["id"]))
            values[path + "." + fmt] = value
    if "scaleUp" in record:
        values["scaleUp"] = record["scaleUp"]
    if "formFactor" in record:
        values["formFactor"] = record["formFactor"]
    return values


def source_object(acc_id, figures, src):
    # Every source of the first two passes is the vendor's own page, document or repository
    # (some read through a verbatim copy on another host): primary.
    out = {"figures": figures, "url": src["url"], "tier": "PRIMARY"}
    via = READ_VIA.get((acc_id, src["url"]))
    if via:
        out["readVia"] = via
    out["read"] = src["read"]
    if src.get("sourceDate"):
        if not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", src["sourceDate"]):
            fail("sourceDate '{}' of {} is not ISO".format(src["sourceDate"], acc_id))
        out["sourceDate"] = src["sourceDate"]
    if src.get("note"):
        out["note"] = src["note"]
    return out


# Team decisions on link direction where the sources give two consistent NVIDIA figures but no
# single page states the direction. Each is explained in the entry's note.
LINK_DIRECTION_DECISIONS = {
    "nvidia-h100-sxm": ("BIDIRECTIONAL",
                        "Basis decided by the team: NVIDIA publishes 900 GB/s of NVLink per H100 "
                        "SXM GPU, and NVIDIA's own TensorRT-LLM cost model "
                        "(tensorrt_llm/auto_parallel/cluster_info.py) uses 450 GB/s as the "
                        "per-device intra-node bandwidth, half of it; 900 GB/s is therefore the "
                        "total of both directions, 450 GB/s each way."),
    "nvidia-a100-40gb-sxm": ("PER_DIRECTION",
                             "Basis decided by the team: the 300 GB/s is the per-device intra-node "
                             "bandwidth of NVIDIA's TensorRT-LLM cost model, the same quantity as "
                             "its 450 GB/s for H100 SXM, which is half of NVIDIA's 900 GB/s total "
                             "per GPU; so 300 GB/s is one direction."),
    "nvidia-a100-80gb-sxm": ("PER_DIRECTION",
                             "Basis decided by the team: the 300 GB/s is the per-device intra-node "
                             "bandwidth of NVIDIA's TensorRT-LLM cost model, the same quantity as "
                             "its 450 GB/s for H100 SXM, which is half of NVIDIA's 900 GB/s total "
                             "per GPU; so 300 GB/s is one direction."),
}


def scale_up(record, acc_id=None):
    link = record["scaleUp"]
    out = {"name": link["name"]}
    if "bandwidth" in link:
        out["bandwidth"] = link["bandwidth"]
    direction = link.get("direction", "")
    if direction.lower().startswith("bidirectional total"):
        out["basis"] = "BIDIRECTIONAL"
    if direction:
        out["note"] = "Direction as the research records it: " + direction
    if acc_id in LINK_DIRECTION_DECISIONS and "bandwidth" in out:
        basis, why = LINK_DIRECTION_DECISIONS[acc_id]
        out["basis"] = basis
        out["note"] = (out.get("note", "") + ". " + why).lstrip(". ")
    return out


GAP_FIELDS = {
    "memoryBandwidth": ["memoryBandwidth"],
    "tdp": ["thermalDesignPower"],
    "densePeak": ["densePeak"],
    "sparsePeak": ["sparsePeak"],
    "scaleUp.bandwidth": ["scaleUp.bandwidth"],
    "densePeak.FP16 / densePeak.INT8": ["densePeak.FP16", "densePeak.INT8"],
    "memoryBandwidth, tdp, scaleUp": ["memoryBandwidth", "thermalDesignPower", "scaleUp"],
}


def gap_paths(field):
    if field in GAP_FIELDS:
        return GAP_FIELDS[field]
    m = re.fullmatch(r"(densePeak|sparsePeak)\.([A-Z0-9]+)", field)
    if m and m.group(2) in FORMATS:
        return [field]
    return None


def is_present(path, entry):
    if path in ("memory", "memoryBandwidth", "thermalDesignPower", "scaleUp"):
        return path in entry
    if path == "scaleUp.bandwidth":
        return "bandwidth" in entry.get("scaleUp", {})
    if path in ("densePeak", "sparsePeak"):
        return bool(entry.get(path))
    prefix, fmt = path.split(".")
    return fmt in entry.get(prefix, {})


def build_accelerators():
    first = load("accelerators/accelerators.json")
    second = load("accelerators/accelerators-2.json")
    by_id_2 = {a["id"]: a for a in second["accelerators"]}
    gaps_by_id = {}
    for research_pass, document in (("first", first), ("second", second)):
        for gap in document["gaps"]:
            gaps_by_id.setdefault(gap["accelerator"], []).append(dict(gap, research=research_pass))

    fourth = load("accelerators/accelerators-4.json")
    for gap in fourth["gaps"]:
        gaps_by_id.setdefault(gap["accelerator"], []).append(dict(gap, research="fourth"))
    pass_of = {a["id"]: "First" for a in first["accelerators"]}
    pass_of.update({a["id"]: "Fourth" for a in fourth["accelerators"]})
    if len(pass_of) != len(first["accelerators"]) + len(fourth["accelerators"]):
        fail("the fourth pass repeats an id of the first")

    third = third_pass_records()
    entries = []
    for a1 in first["accelerators"] + fourth["accelerators"]:
        acc_id = a1["id"]
        a2 = by_id_2.get(acc_id, {"sources": {}, "conflicts": []})
        v1, v2 = figure_values(a1), figure_values(a2)
        merged = dict(v1)
        merged.update(v2)

        sources = []
        for key, src in a1["sources"].items():
            figures = [p for p in figure_paths_for_source(key, a1, acc_id)
                       if p == "scaleUp" or p == "formFactor" or merged.get(p) == v1.get(p)]
            if figures:
                sources.append(source_object(acc_id, figures, src))
        for key, src in a2["sources"].items():
            figures = figure_paths_for_source(key, a2, acc_id)
            if figures:
                sources.append(source_object(acc_id, figures, src))
        differing = [p for p in v1 if p in v2 and v1[p] != v2[p] and p != "scaleUp"]
        conflicts_raw = a1.get("conflicts", []) + a2.get("conflicts", [])
        for p in differing:
            if not any(c["field"] == p for c in conflicts_raw):
                fail("passes disagree on {} of {} and the research records no conflict"
                     .format(p, acc_id))

        # Figures come from the merged values (the second pass wins per figure); an empty map
        # in the second pass means "nothing new", never "remove the first pass's figures".
        entry = {"id": acc_id, "vendor": a1["vendor"], "name": a1["name"],
                 "aliases": a1["aliases"]}
        if a1.get("formFactor"):
            entry["formFactor"] = a1["formFactor"]
        if "memory" in merged:
            entry["memory"] = merged["memory"]
        label = a2.get("memoryLabel") or a1.get("memoryLabel")
        if label:
            entry["memoryLabel"] = label
        if "memoryBandwidth" in merged:
            entry["memoryBandwidth"] = merged["memoryBandwidth"]
        for path in MAPS.values():
            peaks = {fmt: merged[path + "." + fmt] for fmt in FORMATS
                     if path + "." + fmt in merged}
            if peaks:
                entry[path] = peaks
        if "thermalDesignPower" in merged:
            entry["thermalDesignPower"] = merged["thermalDesignPower"]
        if "scaleUp" in merged:
            entry["scaleUp"] = scale_up(merged, acc_id)
        entry["sources"] = sources

        conflicts = []
        for c in conflicts_raw:
            figure = "scaleUp" if c["field"] == "scaleUp.bandwidth" else c["field"]
            conflicts.append({"figure": figure, "values": c["values"], "urls": c["urls"],
                              "chosen": c["chosen"], "reason": c["why"]})
        if conflicts:
            entry["conflicts"] = conflicts
        apply_third_pass(entry, third)
        apply_domain(entry)

        notes = ["{} research pass: {}".format(label, n)
                 for label, n in ((pass_of[acc_id], a1.get("notes")),
                                  ("Second", a2.get("notes"))) if n]
        gaps = []
        raw_gaps = list(gaps_by_id.get(acc_id, []))
        if a1["vendor"] == "NVIDIA":
            raw_gaps += [dict(g, field=f) for g in gaps_by_id.get("all NVIDIA entries", [])
                         for f in ("densePeak.FP64", "densePeak.FP32", "densePeak.TF32")]
        for gap in raw_gaps:
            paths = gap_paths(gap["field"])
            if paths is None:
                notes.append("{} research pass, gap '{}': {}".format(
                    gap["research"].capitalize(), gap["field"], gap["reason"]))
                continue
            for path in paths:
                if not is_present(path, entry):
                    item = {"figure": path, "reason": gap["reason"]}
                    if item not in gaps:
                        gaps.append(item)
        link = entry.get("scaleUp", {})
        if "bandwidth" in link and "basis" not in link:
            gaps.append({"figure": "scaleUp.basis", "reason": "The source does not say whether "
                         "the bandwidth is per direction or the total of both directions. "
                         + link.get("note", "")})
        if gaps:
            entry["gaps"] = gaps
        if notes:
            entry["notes"] = notes
        entries.append(ordered(entry))

    check_third_pass_coverage(third, entries)
    extra = set(by_id_2) - {a["id"] for a in first["accelerators"]}
    if extra:
        fail("second pass has ids the first lacks: {}".format(sorted(extra)))
    check_names(entries)
    return {"$schema": "accelerators.schema.json", "schemaVersion": SCHEMA_VERSION,
            "version": VERSION, "publishedOn": PUBLISHED_ON,
            "notes": CATALOG_ACCELERATOR_NOTES, "accelerators": entries}


def normalise(name):
    return "".join(c for c in name.lower() if c.isalnum())


def check_names(entries):
    owner = {}
    for e in entries:
        for name in [e["id"]] + e["aliases"]:
            key = normalise(name)
            if owner.setdefault(key, e["id"]) != e["id"]:
                fail("name '{}' of {} already names {}".format(name, e["id"], owner[key]))


def resolve(entries, name):
    key = normalise(name)
    for e in entries:
        if key in {normalise(n) for n in [e["id"]] + e["aliases"]}:
            return e["id"]
    fail("cannot resolve accelerator '{}'".format(name))


# ---------------------------------------------------------------------------------------------
# Accelerators, third pass (2026-12-06): vendor figures and a few secondary ones
# ---------------------------------------------------------------------------------------------

THIRD_READ = "2026-12-06"
AIC = "github.com/ai-dynamo/aiconfigurator/"
STAS = "github.com/stas00/ml-engineering/"
AIC_DENSE = ("aiconfigurator gives each GPU's tensor-core rate in one field per format, which the "
             "repository labels dense ('dense; NVIDIA specs list ... with sparsity') in its "
             "h100_pcie.yaml and l4.yaml; the catalog reads that field as dense in every system "
             "file of the repository")

# Each record of research/vendor-figures/figures-hardware.json (item C) and of
# research/accelerators/accelerators-3.json, by (product, field): the catalog figures it gives, as
# (accelerator id, figure path). A record naming 'scaleUp' supports the link that LINKS_3 sets.
FIGURES_3 = {
    ("A100 SXM 80GB", "BF16 tensor peak"): [("nvidia-a100-80gb-sxm", "densePeak.BF16")],
    ("A100 SXM 80GB", "INT8 tensor peak"): [("nvidia-a100-80gb-sxm", "densePeak.INT8")],
    ("A100 SXM 80GB", "memory bandwidth"): [("nvidia-a100-80gb-sxm", "memoryBandwidth")],
    ("A100 SXM 80GB", "power"): [("nvidia-a100-80gb-sxm", "thermalDesignPower")],
    ("A100 SXM 80GB", "NVLink per GPU, one direction"): [("nvidia-a100-80gb-sxm", "scaleUp")],
    ("A100 PCIe 80GB", "BF16 tensor peak"): [("nvidia-a100-80gb-pcie", "densePeak.BF16")],
    ("A100 PCIe 80GB", "INT8 tensor peak"): [("nvidia-a100-80gb-pcie", "densePeak.INT8")],
    ("A100 PCIe 80GB", "memory bandwidth"): [("nvidia-a100-80gb-pcie", "memoryBandwidth")],
    ("A100 PCIe 80GB", "power"): [("nvidia-a100-80gb-pcie", "thermalDesignPower")],
    ("A100 PCIe 80GB", "GPU-GPU link (PCIe Gen4 x16, no NVLink), one direction"):
        [("nvidia-a100-80gb-pcie", "scaleUp")],
    ("H100 PCIe 80GB", "BF16 tensor peak"): [("nvidia-h100-pcie", "densePeak.BF16")],
    ("H100 PCIe 80GB", "FP8 tensor peak"): [("nvidia-h100-pcie", "densePeak.FP8")],
    ("H100 PCIe 80GB", "INT8 tensor peak"): [("nvidia-h100-pcie", "densePeak.INT8")],
    ("H100 PCIe 80GB", "memory bandwidth"): [("nvidia-h100-pcie", "memoryBandwidth")],
    ("H100 PCIe 80GB", "power"): [("nvidia-h100-pcie", "thermalDesignPower")],
    ("H100 PCIe 80GB", "GPU-GPU link (PCIe Gen5 x16, no NVLink), one direction"):
        [("nvidia-h100-pcie", "scaleUp")],
    ("H200 SXM 141GB", "BF16 tensor peak"): [("nvidia-h200-sxm", "densePeak.BF16")],
    ("H200 SXM 141GB", "FP8 tensor peak"): [("nvidia-h200-sxm", "densePeak.FP8")],
    ("H200 SXM 141GB", "INT8 tensor peak"): [("nvidia-h200-sxm", "densePeak.INT8")],
    ("H200 SXM 141GB", "memory"): [("nvidia-h200-sxm", "memory")],
    ("H200 SXM 141GB", "memory bandwidth"): [("nvidia-h200-sxm", "memoryBandwidth")],
    ("H200 SXM 141GB", "power"): [("nvidia-h200-sxm", "thermalDesignPower")],
    ("H200 SXM 141GB", "TGP (board power)"): [("nvidia-h200-sxm", "thermalDesignPower")],
    ("H200 SXM 141GB", "NVLink per GPU, one direction"): [("nvidia-h200-sxm", "scaleUp")],
    ("H100 SXM 80GB", "NVLink per GPU, one direction"): [("nvidia-h100-sxm", "scaleUp")],
    ("L4 24GB", "BF16 tensor peak"): [("nvidia-l4", "densePeak.BF16")],
    ("L4 24GB", "FP8 tensor peak"): [("nvidia-l4", "densePeak.FP8")],
    ("L4 24GB", "INT8 tensor peak"): [("nvidia-l4", "densePeak.INT8")],
    ("L4 24GB", "memory bandwidth"): [("nvidia-l4", "memoryBandwidth")],
    ("L4 24GB", "power"): [("nvidia-l4", "thermalDesignPower")],
    ("L4 24GB", "GPU-GPU link (PCIe Gen4 x16, no NVLink), one direction"):
        [("nvidia-l4", "scaleUp")],
    ("L40S 48GB", "BF16 tensor peak"): [("nvidia-l40s", "densePeak.BF16")],
    ("L40S 48GB", "FP8 tensor peak"): [("nvidia-l40s", "densePeak.FP8")],
    ("L40S 48GB", "INT8 tensor peak"): [("nvidia-l40s", "densePeak.INT8")],
    ("L40S 48GB", "memory bandwidth"): [("nvidia-l40s", "memoryBandwidth")],
    ("L40S 48GB", "power"): [("nvidia-l40s", "thermalDesignPower")],
    ("L40S 48GB", "FP32"): [("nvidia-l40s", "unlabelledPeak.FP32")],
    ("L40S 48GB", "TF32 tensor"): [("nvidia-l40s", "densePeak.TF32")],
    ("L40S 48GB", "BF16 tensor"): [("nvidia-l40s", "densePeak.BF16")],
    ("L40S 48GB", "FP16 tensor"): [("nvidia-l40s", "densePeak.FP16")],
    ("L40S 48GB", "FP8 tensor"): [("nvidia-l40s", "densePeak.FP8")],
    ("L40S 48GB", "memory"): [("nvidia-l40s", "memory")],
    ("L40S 48GB", "max power"): [("nvidia-l40s", "thermalDesignPower")],
    ("L40S 48GB", "PCIe Gen4 x16 (bidirectional)"): [("nvidia-l40s", "scaleUp")],
    ("GB200 (per GPU)", "BF16 tensor peak"): [("nvidia-gb200", "densePeak.BF16")],
    ("GB200 (per GPU)", "FP8 tensor peak"): [("nvidia-gb200", "densePeak.FP8")],
    ("GB200 (per GPU)", "FP4 tensor peak"): [("nvidia-gb200", "densePeak.FP4")],
    ("GB200 (per GPU)", "memory bandwidth"): [("nvidia-gb200", "memoryBandwidth")],
    ("GB200 (per GPU)", "power"): [("nvidia-gb200", "thermalDesignPower")],
    ("GB200 (per GPU)", "NVLink per GPU, one direction"): [("nvidia-gb200", "scaleUp")],
    ("B200 SXM", "NVLink per GPU, one direction"): [("nvidia-b200", "scaleUp")],
    ("A100 SXM 40GB", "TF32 tensor"): [("nvidia-a100-40gb-sxm", "densePeak.TF32")],
    ("A100 SXM 40GB", "BF16 tensor"): [("nvidia-a100-40gb-sxm", "densePeak.BF16")],
    ("A100 SXM 40GB", "FP16 tensor"): [("nvidia-a100-40gb-sxm", "densePeak.FP16")],
    ("A100 SXM 40GB", "INT8 tensor"): [("nvidia-a100-40gb-sxm", "densePeak.INT8")],
    ("A100 SXM 40GB", "memory"): [("nvidia-a100-40gb-sxm", "memory")],
    ("A100 SXM 40GB", "memory bandwidth"): [("nvidia-a100-40gb-sxm", "memoryBandwidth")],
    ("A100 SXM 40GB", "max TDP"): [("nvidia-a100-40gb-sxm", "thermalDesignPower")],
    ("A100 PCIe 40GB", "TDP"): [("nvidia-a100-40gb-pcie", "thermalDesignPower")],
    ("A100 PCIe 40GB", "memory bandwidth"): [("nvidia-a100-40gb-pcie", "memoryBandwidth")],
    # accelerators-3.json
    ("GH200 96GB", "memory bandwidth"): [("nvidia-gh200", "memoryBandwidth")],
    ("H100 NVL 94GB", "memory bandwidth"): [("nvidia-h100-nvl", "memoryBandwidth")],
    ("H100 NVL 94GB", "power"): [("nvidia-h100-nvl", "thermalDesignPower")],
    ("GH200 96GB", "BF16 tensor peak (w/o sparsity)"): [("nvidia-gh200", "densePeak.BF16")],
    ("GH200 96GB", "FP16 tensor peak (w/o sparsity)"): [("nvidia-gh200", "densePeak.FP16")],
    ("GH200 96GB", "FP8 tensor peak (w/o sparsity)"): [("nvidia-gh200", "densePeak.FP8")],
    ("GH200 96GB", "INT8 tensor peak (w/o sparsity)"): [("nvidia-gh200", "densePeak.INT8")],
    ("H200 SXM 141GB", "FP8 tensor peak (w/o sparsity)"): [("nvidia-h200-sxm", "densePeak.FP8")],
    ("GB200 (per GPU)", "BF16 tensor peak (w/o sparsity)"): [("nvidia-gb200", "densePeak.BF16")],
    ("Instinct MI350 Series (CDNA 4)", "Infinity Fabric link bandwidth, each direction"):
        [("amd-mi355x", "scaleUp"), ("amd-mi300x", "scaleUp"), ("amd-mi325x", "scaleUp")],
    ("Instinct MI300X / MI325X (CDNA 3)", "Infinity Fabric link rate"):
        [("amd-mi300x", "scaleUp"), ("amd-mi325x", "scaleUp")],
    # accelerators-4.json
    ("NVLink 5 (Blackwell GPUs)", "NVLink per GPU, total of both directions"):
        [("nvidia-b300", "scaleUp.basis"), ("nvidia-gb300", "scaleUp.basis")],
}

# Records not shipped, with the reason.
OMITTED_3 = {
    ("A100 SXM 40GB", "FP64"): "the catalog does not split FP64 into its vector (9.7) and "
                               "tensor-core (19.5) peaks",
    ("A100 SXM 40GB", "FP64 tensor"): "the catalog does not split FP64 into its vector (9.7) "
                                      "and tensor-core (19.5) peaks",
    ("H200 NVL", "BF16/FP16 tensor peak"): "the H200 NVL is not in the catalog",
    ("H200 NVL", "FP8/INT8 tensor peak"): "the H200 NVL is not in the catalog",
    ("H200 NVL", "memory"): "the H200 NVL is not in the catalog",
    ("H200 NVL", "memory bandwidth"): "the H200 NVL is not in the catalog",
    ("H200 NVL", "intra-node link per device"): "the H200 NVL is not in the catalog",
    ("GH200 144GB (HBM3e variant)", "GPU memory"): "the catalog's GH200 is the 96 GB HBM3 part",
}

# Figures where a record disagrees with the value the entry keeps: the value kept and why. Each
# disagreeing record is recorded in the entry's conflicts, never used silently.
CONFLICTS_3 = {
    ("nvidia-gb200", "densePeak.BF16"): (
        "NVIDIA's exemplar-performance GB200 reference architecture labels its figures dense "
        "('non-sparse'); aiconfigurator's gb200.yaml, at 1,200 W per GPU, does not label its "
        "own, and the third-party table that gives 2500 follows it. Kept the figure NVIDIA "
        "labels dense."),
    ("nvidia-gb200", "densePeak.FP8"): (
        "As for BF16: the exemplar-performance figure is labelled dense, aiconfigurator's "
        "(1,200 W per GPU) is not."),
    ("nvidia-gb200", "densePeak.FP4"): (
        "As for BF16: the exemplar-performance figure is labelled dense, aiconfigurator's "
        "(1,200 W per GPU) is not."),
    ("nvidia-h200-sxm", "densePeak.FP8"): (
        "Kept NVIDIA's own figure (aiconfigurator h200_sxm.yaml); the third-party table's 1979 "
        "is half NVIDIA's with-sparsity 3,958, 1 TFLOP/s apart."),
}

# The scale-up link each entry gets in this pass; 'bandwidth' and 'name' only where the entry had
# no link. 'note' replaces the team's decision note where a source now states the direction.
LINKS_3 = {
    "nvidia-a100-80gb-sxm": dict(
        basis="PER_DIRECTION",
        note="NVIDIA's aiconfigurator a100_sxm.yaml gives the link as 300 GB/s 'Byte/s per gpu, "
             "single direction' (the NVIDIA figure of 600 GB/s per GPU is both directions)."),
    "nvidia-h100-sxm": dict(
        basis="BIDIRECTIONAL",
        note="NVIDIA publishes 900 GB/s of NVLink per H100 SXM GPU; NVIDIA's aiconfigurator "
             "h100_sxm.yaml gives 450 GB/s 'Byte/s per gpu, single direction', so 900 GB/s is "
             "the total of both directions."),
    "nvidia-h200-sxm": dict(
        name="NVLink 4th Generation (18 links per GPU)", bandwidth="450 GB/s",
        basis="PER_DIRECTION",
        note="NVIDIA's aiconfigurator h200_sxm.yaml: 450 GB/s 'Byte/s per gpu, single "
             "direction'. NVIDIA's MLPerf Inference v4.1 system description of the H200 "
             "names '18x 4th Gen NVLink, 900GB/s', the total of both directions."),
    "nvidia-b200": dict(
        basis="BIDIRECTIONAL",
        note="NVIDIA's aiconfigurator b200_sxm.yaml gives 900 GB/s 'Byte/s per gpu, single "
             "direction', half NVIDIA's 1.8 TB/s per GPU: the 1.8 TB/s is the total of both "
             "directions."),
    "nvidia-gb200": dict(
        basis="BIDIRECTIONAL",
        note="NVIDIA's aiconfigurator gb200.yaml gives 900 GB/s per GPU, single direction, half "
             "NVIDIA's 1.8 TB/s per GPU: the 1.8 TB/s is the total of both directions."),
    "nvidia-a100-80gb-pcie": dict(
        name="PCIe Gen4 x16 (no NVLink)", bandwidth="32 GB/s", basis="PER_DIRECTION",
        note="GPU-to-GPU traffic of this PCIe card goes over PCIe; NVIDIA's aiconfigurator "
             "a100_pcie.yaml models it as 32 GB/s per GPU, one direction."),
    "nvidia-h100-pcie": dict(
        name="PCIe Gen5 x16 (no NVLink)", bandwidth="64 GB/s", basis="PER_DIRECTION",
        note="GPU-to-GPU traffic of this PCIe card goes over PCIe (an optional NVLink bridge "
             "pairs two cards and is not modelled); NVIDIA's aiconfigurator h100_pcie.yaml "
             "models it as 64 GB/s per GPU, one direction."),
    "nvidia-l4": dict(
        name="PCIe Gen4 x16 (no NVLink)", bandwidth="32 GB/s", basis="PER_DIRECTION",
        note="GPU-to-GPU traffic of this PCIe card goes over PCIe; NVIDIA's aiconfigurator "
             "l4.yaml models it as 32 GB/s per GPU, one direction."),
    "nvidia-l40s": dict(
        name="PCIe Gen4 x16 (no NVLink)", bandwidth="64 GB/s", basis="BIDIRECTIONAL",
        note="GPU-to-GPU traffic of this PCIe card goes over PCIe; NVIDIA's L40S table, as a "
             "reseller reproduces it, gives 'PCIe Gen4 x16: 64GB/s bidirectional'."),
    "amd-mi300x": dict(
        basis="BIDIRECTIONAL",
        note="AMD's CDNA 3 white paper runs the 16-lane, bi-directional Infinity Fabric links "
             "at up to 32 Gbps, and its CDNA 4 white paper states that such a link (16 bits "
             "wide) at 38.4 Gbps carries 76.8 GB/s in each direction: at 32 Gbps a link "
             "carries 64 GB/s each way, and the 7 links 448 GB/s each way, so the 896 GB/s "
             "aggregate is the total of both directions."),
    "amd-mi325x": dict(
        basis="BIDIRECTIONAL",
        note="As for the MI300X (same CDNA 3 links): 7 links x 64 GB/s each way = 448 GB/s, so "
             "the 896 GB/s aggregate is the total of both directions."),
    "amd-mi355x": dict(
        basis="BIDIRECTIONAL",
        note="AMD's CDNA 4 white paper: each Infinity Fabric link carries 76.8 GB/s in each "
             "direction; the 7 peer links carry 537.6 GB/s each way, so the 1,075.2 GB/s "
             "aggregate is the total of both directions."),
    "nvidia-b300": dict(
        basis="BIDIRECTIONAL",
        note="NVIDIA's NVLink page, as a reseller copies it (secondary): a Blackwell GPU has 18 "
             "NVLink connections of 100 GB/s 'for a total bandwidth of 1.8 terabytes per "
             "second', and 'NVLink is a 1.8TB/s bidirectional, direct GPU-to-GPU "
             "interconnect': 1.8 TB/s is the total of both directions, 900 GB/s each way (as "
             "NVIDIA's aiconfigurator states for the B200 and GB200). The basis is secondary; "
             "the bandwidth is NVIDIA's."),
    "nvidia-gb300": dict(
        basis="BIDIRECTIONAL",
        note="NVIDIA's NVLink page, as a reseller copies it (secondary): a Blackwell GPU has 18 "
             "NVLink connections of 100 GB/s 'for a total bandwidth of 1.8 terabytes per "
             "second', and 'NVLink is a 1.8TB/s bidirectional, direct GPU-to-GPU "
             "interconnect': 1.8 TB/s is the total of both directions, 900 GB/s each way (as "
             "NVIDIA's aiconfigurator states for the B200 and GB200). The basis is secondary; "
             "the bandwidth is NVIDIA's."),
}

# Aliases added in this pass: the default A100 parts, as the catalog's bare 'H100' and 'H200'.
ALIASES_3 = {
    "nvidia-a100-80gb-sxm": ["A100", "A100 80GB"],
    "nvidia-a100-40gb-sxm": ["A100 40GB"],
}

SOURCE_LABELS = [
    ("github.com/NVIDIA/exemplar-performance/", "NVIDIA exemplar-performance"),
    (AIC, "NVIDIA aiconfigurator"),
    ("github.com/NVIDIA/TensorRT-LLM/", "NVIDIA TensorRT-LLM cluster_info"),
    (STAS, "stas00/ml-engineering table, secondary"),
    ("docs.nvidia.com/", "NVIDIA documentation"),
]

UNIT_BYTES = {"B/s": 1, "kB/s": 10 ** 3, "MB/s": 10 ** 6, "GB/s": 10 ** 9, "TB/s": 10 ** 12}


def third_pass_records():
    """The item-C records of the vendor figures and the records of accelerators-3.json and -4."""
    vendor = [r for r in load("vendor-figures/figures-hardware.json") if r["item"] == "C"]
    return (vendor + load("accelerators/accelerators-3.json")["records"]
            + load("accelerators/accelerators-4.json")["records"])


EXEMPLAR = ("https://github.com/NVIDIA/exemplar-performance/blob/"
            "97b1fd4bf95a9ae85dec0b243d9f97ac038deffb/README.md")
CDNA4 = ("https://www.amd.com/content/dam/amd/en/documents/instinct-tech-docs/white-papers/"
         "amd-cdna-4-architecture-whitepaper.pdf")

# The MI350 Series' 8-GPU Infinity Fabric node, as AMD's CDNA 4 white paper gives it (MI350X and
# MI355X alike).
CDNA4_DOMAIN_NOTE = ("AMD's CDNA 4 white paper: 'the AMD Instinct MI350 Series family of "
                     "products employ Infinity Fabric to directly connect 8 GPUs in a single "
                     "node'; Table 2: '1075.2 GB/S (8 GPUs)'")

# Fourth pass: the devices one scale-up link joins at its bandwidth, where a vendor source says.
# Each note quotes the source; the source must already be one of the entry's scaleUp sources.
DOMAINS_4 = {
    "nvidia-h100-sxm": (8, EXEMPLAR, "NVIDIA's exemplar-performance 'H100 Reference "
                        "Architecture' (DGX H100): '8x H100 80 GB', 'NVLink 4th Generation - "
                        "900 GB/s per GPU bandwidth - 18 Links per GPU'"),
    "nvidia-b200": (8, EXEMPLAR, "NVIDIA's exemplar-performance 'B200 Reference Architecture': "
                    "'GPU: 8x B200 180 GB HBM3e', 'NVLink 5th Generation - 1.8 TB/s per GPU "
                    "bandwidth - 18 Links per GPU'"),
    "nvidia-b300": (8, EXEMPLAR, "NVIDIA's exemplar-performance 'B300 Reference Architecture' "
                    "(DGX B300): 'GPU: 8x B300 270 GB HBM3e', 'NVLink 5th Generation - 1.8 TB/s "
                    "per GPU bandwidth'"),
    "nvidia-gb200": (72, EXEMPLAR, "NVIDIA's exemplar-performance 'GB200 Reference "
                     "Architecture': 'the NVIDIA GB200 NVL72 Reference Architecture', NVLink "
                     "5th Generation at 1.8 TB/s per GPU; the NVL72 rack joins 72 GPUs"),
    "nvidia-gb300": (72, EXEMPLAR, "NVIDIA's exemplar-performance 'GB300 Reference "
                     "Architecture' links NVIDIA's GB300 NVL72 page; the NVL72 rack joins 72 "
                     "GPUs over NVLink 5th Generation"),
    "amd-mi355x": (8, CDNA4, CDNA4_DOMAIN_NOTE),
    "amd-mi350x": (8, CDNA4, CDNA4_DOMAIN_NOTE),
}


def apply_domain(entry):
    acc_id = entry["id"]
    if acc_id not in DOMAINS_4:
        return
    size, url, quote = DOMAINS_4[acc_id]
    link = dict(entry.get("scaleUp") or fail("DOMAINS_4 names " + acc_id + " without a link"))
    if not any(s["url"] == url and "scaleUp" in s["figures"] for s in entry["sources"]):
        fail("the domain source of {} is not a scaleUp source of the entry".format(acc_id))
    link["domainSize"] = size
    note = link.get("note", "").rstrip()
    if note and not note.endswith("."):
        note += "."
    link["note"] = (note + " Domain of {} devices: {}.".format(size, quote)).strip()
    entry["scaleUp"] = {k: link[k] for k in ("name", "bandwidth", "basis", "domainSize", "note")
                        if k in link}


def record_key(r):
    field = r["field"]
    if r["item"] == "S" and "peak" in field:
        field += " (w/o sparsity)"
    return (r["product"], field)


def plain(number):
    text = repr(number) if isinstance(number, float) else str(number)
    return text[:-2] if text.endswith(".0") else text


def catalog_text(record, path):
    value, unit = record["value"], record["unit"]
    if path.split(".")[0] in ("densePeak", "sparsePeak", "unlabelledPeak"):
        if unit not in ("TFLOP/s", "TOPS"):
            fail("unexpected peak unit '{}' for {}".format(unit, record_key(record)))
        return plain(value) + " TFLOP/s"
    if path == "memoryBandwidth":
        return plain(value) + " " + unit
    if path == "thermalDesignPower":
        return plain(value) + " W"
    if path == "memory":
        return plain(value) + " GiB"
    fail("no catalog form for {} of {}".format(path, record_key(record)))


def magnitude(text):
    number, unit = text.split(" ")
    scale = {"TFLOP/s": 10 ** 12, "W": 1, "GiB": 2 ** 30}.get(unit) or UNIT_BYTES.get(unit)
    if scale is None:
        fail("cannot compare '{}'".format(text))
    return DecimalNumber(number) * scale


def get_figure(entry, path):
    if "." in path:
        prefix, fmt = path.split(".")
        return entry.get(prefix, {}).get(fmt)
    return entry.get(path)


def set_figure(entry, path, value):
    if "." in path:
        prefix, fmt = path.split(".")
        peaks = entry.setdefault(prefix, {})
        peaks[fmt] = value
        entry[prefix] = {f: peaks[f] for f in FORMATS if f in peaks}
    else:
        entry[path] = value


def source_label(url):
    for prefix, label in SOURCE_LABELS:
        if prefix in url:
            return label
    return url


def record_note(record):
    parts = ["{}: {} {}".format(record["field"], plain(record["value"]), record["unit"])]
    if record.get("basis"):
        parts[0] += " (" + record["basis"] + ")"
    if record.get("note"):
        parts.append(record["note"])
    return "; ".join(parts)


def third_pass_source(record):
    out = {"figures": [], "url": record["url"], "tier": record["tier"]}
    if record.get("copy"):
        out["readVia"] = record["copy"]
    out["read"] = THIRD_READ
    if re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", record["date"]):
        out["sourceDate"] = record["date"]
    out["note"] = "{}. Date: {}.".format(record["provenance"],
                                        record.get("dateBasis", record["date"]))
    return out


def apply_third_pass(entry, records):
    acc_id = entry["id"]
    entry["aliases"] = entry["aliases"] + ALIASES_3.get(acc_id, [])
    by_url = {}
    notes_by_url = {}
    dense_read = {}
    conflicts = {}
    for record in records:
        for target, path in FIGURES_3.get(record_key(record), []):
            if target != acc_id:
                continue
            source = by_url.setdefault(record["url"], third_pass_source(record))
            if source["tier"] != record["tier"]:
                fail("records of one url disagree on the tier: " + record["url"])
            notes_by_url.setdefault(record["url"], []).append(record_note(record))
            if path in ("scaleUp", "scaleUp.basis"):
                source["figures"].append(path)
                continue
            value = catalog_text(record, path)
            current = get_figure(entry, path)
            if current is None:
                set_figure(entry, path, value)
                source["figures"].append(path)
                if path.startswith("densePeak.") and AIC in record["url"] \
                        and record.get("basis", "").startswith("unlabelled"):
                    dense_read[record["url"]] = True
            elif magnitude(current) == magnitude(value):
                source["figures"].append(path)
            else:
                if (acc_id, path) not in CONFLICTS_3:
                    fail("{} of {}: {} disagrees with {} and no decision is recorded"
                         .format(path, acc_id, value, current))
                conflict = conflicts.setdefault(path, {"kept": current, "others": []})
                conflict["others"].append((value, record["url"]))
    if acc_id in LINKS_3:
        decision = LINKS_3[acc_id]
        link = dict(entry.get("scaleUp", {}))
        if not link:
            link = {"name": decision["name"], "bandwidth": decision["bandwidth"]}
        elif "bandwidth" in decision and decision["bandwidth"] != link.get("bandwidth"):
            fail("LINKS_3 changes the bandwidth of " + acc_id)
        link["basis"] = decision["basis"]
        kept = link.get("note", "").split(". Basis decided by the team")[0].rstrip(".")
        link["note"] = (kept + ". " if kept else "") + decision["note"]
        link = {k: link[k] for k in ("name", "bandwidth", "basis", "note") if k in link}
        entry["scaleUp"] = link
        if not any("scaleUp" in s["figures"] or "scaleUp.basis" in s["figures"]
                   for s in by_url.values()):
            fail("no record supports the link of " + acc_id)
    for url, source in by_url.items():
        if not source["figures"]:
            continue
        figures = []
        for path in ["memory", "memoryBandwidth"] + [m + "." + f for m in MAPS.values()
                                                     for f in FORMATS] \
                + ["thermalDesignPower", "scaleUp", "scaleUp.basis"]:
            if path in source["figures"] and path not in figures:
                figures.append(path)
        source["figures"] = figures
        source["note"] = source["note"] + " " + " | ".join(notes_by_url[url])
        if dense_read.get(url):
            source["note"] += ". Read as dense: " + AIC_DENSE + "."
        entry["sources"].append(source)
    for path, c in conflicts.items():
        kept_urls = [s["url"] for s in entry["sources"] if path in s["figures"]]
        values = ["{} ({})".format(c["kept"], ", ".join(sorted({source_label(u)
                                                              for u in kept_urls})))]
        urls = list(kept_urls)
        for value, url in c["others"]:
            values.append("{} ({})".format(value, source_label(url)))
            if url not in urls:
                urls.append(url)
        entry.setdefault("conflicts", []).append({
            "figure": path, "values": values, "urls": urls, "chosen": c["kept"],
            "reason": CONFLICTS_3[(acc_id, path)]})


def check_third_pass_coverage(records, entries):
    ids = {e["id"] for e in entries}
    for record in records:
        key = record_key(record)
        if key in OMITTED_3:
            continue
        if key not in FIGURES_3:
            fail("vendor-figure record {} is neither shipped nor omitted".format(key))
        for acc_id, _ in FIGURES_3[key]:
            if acc_id not in ids:
                fail("vendor-figure record {} names unknown accelerator {}".format(key, acc_id))
    stale = (set(FIGURES_3) | set(OMITTED_3)) - {record_key(r) for r in records}
    if stale:
        fail("third-pass tables name records the research lacks: {}".format(sorted(stale)))
    for acc_id in LINKS_3:
        if acc_id not in ids:
            fail("LINKS_3 names unknown accelerator " + acc_id)


ENTRY_ORDER = ["id", "vendor", "name", "aliases", "formFactor", "memory", "memoryLabel",
               "memoryBandwidth", "densePeak", "sparsePeak", "unlabelledPeak",
               "thermalDesignPower", "scaleUp", "sources", "conflicts", "gaps", "notes"]


def ordered(entry):
    unknown = set(entry) - set(ENTRY_ORDER)
    if unknown:
        fail("unknown entry keys {}".format(sorted(unknown)))
    return {k: entry[k] for k in ENTRY_ORDER if k in entry}


# ---------------------------------------------------------------------------------------------
# Cloud offers
# ---------------------------------------------------------------------------------------------

H100_ASSUMED = ("The provider's label does not name the H100 form factor; the offer is filed "
                "under the catalog's default H100 (nvidia-h100-sxm), whose memory (80 GiB) "
                "matches the label. Treat the SXM-specific figures as an assumption.")
H200_ASSUMED = ("The provider's label does not name the H200 form factor (SXM or NVL, both "
                "141 GB); the offer is filed under the catalog's default H200 "
                "(nvidia-h200-sxm). Treat the SXM-specific figures as an assumption.")

# Each shipped research offer: the catalog accelerator (an id or alias resolved against the
# accelerator catalog), whether the variant is assumed, and optional overrides.
OFFERS = {
    "aws-p5.48xlarge-us-east-1-capacity-block-pre2025": dict(
        accelerator="H100", assumed=H100_ASSUMED, historical=True,
        effectiveUntil="2025-01-01"),
    "aws-p5.48xlarge-us-east-2-capacity-block-pre2025": dict(
        accelerator="H100", assumed=H100_ASSUMED, historical=True,
        effectiveUntil="2025-01-01"),
    "aws-p5e.48xlarge-us-east-2-capacity-block-pre2025": dict(
        accelerator="H200", assumed=H200_ASSUMED, historical=True,
        effectiveUntil="2025-01-01", instanceType="p5e.48xlarge",
        extraNote="The instance type p5e.48xlarge is inferred by the research (see the note "
                  "above); the stored page shows only the region, rates and '8 x H200'."),
    "nebius-h200-1gpu-16vcpu-200gb-payg": dict(accelerator="H200", assumed=H200_ASSUMED),
    "runpod-serverless-h100-pro-flex": dict(accelerator="H100", assumed=H100_ASSUMED),
    "runpod-serverless-h100-pro-active": dict(accelerator="H100", assumed=H100_ASSUMED),
    "runpod-serverless-h200-pro-flex": dict(accelerator="H200", assumed=H200_ASSUMED),
    "runpod-serverless-h200-pro-active": dict(accelerator="H200", assumed=H200_ASSUMED),
    "runpod-serverless-b200-flex": dict(accelerator="nvidia-b200"),
    "runpod-serverless-b200-active": dict(accelerator="nvidia-b200"),
    "digitalocean-gpu-h100x1-on-demand": dict(
        accelerator="H100", assumed=H100_ASSUMED, sourceDate="2026-05-29"),
    "digitalocean-gpu-h100x8-on-demand": dict(
        accelerator="H100", assumed=H100_ASSUMED, sourceDate="2026-05-29"),
    "digitalocean-gpu-l40s-on-demand": dict(accelerator="nvidia-l40s", sourceDate="2026-05-29"),
    "digitalocean-gpu-mi300x-x1-on-demand": dict(
        accelerator="amd-mi300x", sourceDate="2026-05-29"),
    "digitalocean-gpu-mi300x-x8-on-demand": dict(
        accelerator="amd-mi300x", sourceDate="2026-05-29"),
    "coreweave-h100-hgx-80gb-gpu-component-legacy": dict(
        accelerator="nvidia-h100-sxm", historical=True, acceleratorOnly=True),
    "coreweave-h100-pcie-80gb-gpu-component-legacy": dict(
        accelerator="nvidia-h100-pcie", historical=True, acceleratorOnly=True),
    "coreweave-a100-hgx-80gb-gpu-component-legacy": dict(
        accelerator="nvidia-a100-80gb-sxm", historical=True, acceleratorOnly=True),
    "coreweave-a100-hgx-40gb-gpu-component-legacy": dict(
        accelerator="nvidia-a100-40gb-sxm", historical=True, acceleratorOnly=True),
    "coreweave-a100-pcie-80gb-gpu-component-legacy": dict(
        accelerator="nvidia-a100-80gb-pcie", historical=True, acceleratorOnly=True),
    "coreweave-a100-pcie-40gb-gpu-component-legacy": dict(
        accelerator="nvidia-a100-40gb-pcie", historical=True, acceleratorOnly=True),
}

NOT_IN_CATALOG = "its accelerator is not in the accelerator catalog"
OMITTED = {
    "aws-p4d.24xlarge-us-east-2-capacity-block-pre2025":
        "the published '8 x A100 (320 GB HBM2)' does not say which A100 40GB variant (SXM or "
        "PCIe), and the catalog has no default A100",
    "aws-p4d.24xlarge-us-west-2-capacity-block-pre2025":
        "the published '8 x A100 (320 GB HBM2)' does not say which A100 40GB variant (SXM or "
        "PCIe), and the catalog has no default A100",
    "aws-trn1.32xlarge-ap-southeast-4-capacity-block-pre2025":
        NOT_IN_CATALOG + " (first-generation AWS Trainium)",
    "runpod-serverless-a100-flex":
        "the pool 'A100 (80 GB)' does not say which A100 80GB variant (SXM or PCIe)",
    "runpod-serverless-a100-active":
        "the pool 'A100 (80 GB)' does not say which A100 80GB variant (SXM or PCIe)",
    "runpod-serverless-l40-l40s-6000ada-flex":
        "the pool 'L40, L40S, 6000 Ada PRO' mixes three GPU models",
    "runpod-serverless-l40-l40s-6000ada-active":
        "the pool 'L40, L40S, 6000 Ada PRO' mixes three GPU models",
    "runpod-serverless-l4-a5000-3090-flex": "the pool 'L4, A5000, 3090' mixes three GPU models",
    "runpod-serverless-l4-a5000-3090-active": "the pool 'L4, A5000, 3090' mixes three GPU models",
    "coreweave-a40-gpu-component-legacy": NOT_IN_CATALOG + " (NVIDIA A40)",
    "coreweave-rtx-a6000-gpu-component-legacy": NOT_IN_CATALOG + " (NVIDIA RTX A6000)",
    "coreweave-rtx-a5000-gpu-component-legacy": NOT_IN_CATALOG + " (NVIDIA RTX A5000)",
    "coreweave-rtx-a4000-gpu-component-legacy": NOT_IN_CATALOG + " (NVIDIA RTX A4000)",
    "coreweave-v100-nvlink-gpu-component-legacy": NOT_IN_CATALOG + " (NVIDIA Tesla V100)",
    "coreweave-quadro-rtx-5000-gpu-component-legacy": NOT_IN_CATALOG + " (Quadro RTX 5000)",
    "coreweave-quadro-rtx-4000-gpu-component-legacy": NOT_IN_CATALOG + " (Quadro RTX 4000)",
}

PER = {"INSTANCE_HOUR": "instance-hour", "DEVICE_HOUR": "device-hour"}
PUBLISHED_PER = {"DEVICE_SECOND": "device-second"}


def build_offers(accelerators):
    first = load("clouds/cloud-offers.json")
    second = load("clouds/cloud-offers-2.json")
    research = first["offers"] + second["offers"]
    ids = [o["id"] for o in research]
    if len(ids) != len(set(ids)):
        fail("duplicate research offer ids")
    unknown = set(ids) - set(OFFERS) - set(OMITTED)
    if unknown:
        fail("research offers neither shipped nor omitted: {}".format(sorted(unknown)))
    stale = (set(OFFERS) | set(OMITTED)) - set(ids)
    if stale:
        fail("curation names offers the research lacks: {}".format(sorted(stale)))

    offers = []
    for o in research:
        if o["id"] in OMITTED:
            continue
        c = OFFERS[o["id"]]
        if o["currency"] != "USD" or o["per"] not in PER:
            fail("unexpected price unit in " + o["id"])
        offer = {"id": o["id"], "provider": o["provider"],
                 "instanceType": c.get("instanceType", o["instanceType"]),
                 "accelerator": resolve(accelerators, c["accelerator"]),
                 "acceleratorAsPublished": o["accelerator"]}
        if "assumed" in c:
            offer["variantAssumed"] = True
        offer["acceleratorCount"] = o["acceleratorCount"]
        if o.get("regionAsPublished"):
            offer["region"] = o["region"]
            offer["regionName"] = o["regionAsPublished"]
        offer["pricingModel"] = o["pricing"]
        offer["price"] = {"amount": o["price"], "currency": o["currency"], "per": PER[o["per"]]}
        if o.get("derived"):
            offer["priceAsPublished"] = "{} {} per {}".format(
                o["currency"], o["publishedPrice"], PUBLISHED_PER[o["publishedPer"]])
        if c.get("acceleratorOnly"):
            offer["acceleratorOnly"] = True
        if c.get("historical"):
            offer["historical"] = True
        if o.get("effectiveFrom"):
            offer["effectiveFrom"] = o["effectiveFrom"]
        if c.get("effectiveUntil"):
            offer["effectiveUntil"] = c["effectiveUntil"]
        src = o["source"]
        # every research offer was read at the provider's own page (or a verbatim copy of it)
        source = {"url": src["url"], "tier": "PRIMARY"}
        if src.get("readVia"):
            source["readVia"] = src["readVia"]
        source["read"] = src["read"]
        if c.get("sourceDate"):
            source["sourceDate"] = c["sourceDate"]
        source["note"] = "Page date as the research records it: " + src["sourceDate"]
        offer["source"] = source
        notes = []
        if "assumed" in c:
            notes.append(c["assumed"])
        if not o.get("regionAsPublished"):
            notes.append("Region as the research records it: " + o["region"])
        if o.get("alsoPublished"):
            ap = o["alsoPublished"]
            notes.append("The provider also publishes '{}': USD {} per {}.".format(
                ap["label"], ap["price"], PER[ap["per"]]))
        if o.get("components"):
            comp = o["components"]
            notes.append("Published component rates (USD per hour): GPU {}, vCPU {}, RAM per "
                         "GiB {}; {}".format(comp["gpuPerHour"], comp["vcpuPerHour"],
                                             comp["ramGiBPerHour"], comp["formula"]))
        notes.append(o["note"].replace("publishedPrice/publishedPer give the figure",
                                       "priceAsPublished gives the figure"))
        if c.get("extraNote"):
            notes.append(c["extraNote"])
        offer["notes"] = notes
        offers.append(offer)

    omitted = ["Research offer '{}' is not shipped: {}.".format(i, r)
               for i, r in OMITTED.items()]
    third, omitted_3 = build_offers_3()
    for offer in third:
        offer["accelerator"] = resolve(accelerators, offer["accelerator"])
    offers += third
    ids = [o["id"] for o in offers]
    if len(ids) != len(set(ids)):
        fail("duplicate offer ids: {}".format(sorted(i for i in ids if ids.count(i) > 1)))
    catalog_notes = [
        BUILT_BY.format(first["read"] + " and " + THIRD_READ),
        "Providers covered: AWS (on-demand P5, P4d and P4de in us-east-1 from a third-party "
        "list, SECONDARY; EC2 Capacity Blocks, rates superseded on 2025-01-01), Azure (ND and "
        "NC GPU VMs from the SkyPilot catalog, SECONDARY), CoreWeave (legacy per-component "
        "list, historical), DigitalOcean, Google Cloud (A3 and A2 on-demand and spot totals "
        "from a third-party file built from Google's billing SKUs, SECONDARY), Lambda "
        "(instances and 1-Click Clusters), Nebius, RunPod (Serverless) and Together AI (GPU "
        "clusters and dedicated endpoints). Each offer's source carries its tier: PRIMARY for "
        "the provider's own page (also read through a verbatim copy, 'readVia'), SECONDARY "
        "for a third party. No 1-year or 3-year committed price is shipped: Google's are "
        "published per instance-month and do not divide exactly into hours.",
        "A price is per instance-hour or per device-hour, never ambiguous; 'priceAsPublished' "
        "keeps a price published in another unit (RunPod bills per second) and the hourly "
        "price is that rate times 3600, exactly.",
        "'variantAssumed' marks offers whose provider label does not name the exact part; "
        "'historical' marks prices known to be superseded; 'acceleratorOnly' marks prices for "
        "the accelerator alone, with host vCPU and memory billed on top.",
    ] + first["notes"][3:] + omitted + omitted_3
    return {"$schema": "cloud-offers.schema.json", "schemaVersion": SCHEMA_VERSION,
            "version": VERSION, "publishedOn": PUBLISHED_ON, "notes": catalog_notes,
            "offers": offers}


# ---------------------------------------------------------------------------------------------
# Cloud offers, third pass (2026-12-06): Lambda, Together AI, Google Cloud, Azure, AWS on demand
# ---------------------------------------------------------------------------------------------

HGX_NOTE = "An HGX board carries SXM modules, so the part is the SXM one."

# The accelerator of each product the vendor-figure offers name, and whether the variant is
# assumed (the label does not name the form factor): None when the product is not in the catalog.
OFFER_PRODUCTS_3 = {
    "NVIDIA B200 SXM6 180GB": ("nvidia-b200", None),
    "NVIDIA H100 SXM 80GB": ("nvidia-h100-sxm", None),
    "NVIDIA A100 SXM 80GB": ("nvidia-a100-80gb-sxm", None),
    "NVIDIA A100 SXM 40GB": ("nvidia-a100-40gb-sxm", None),
    "NVIDIA A100 PCIe 40GB": ("nvidia-a100-40gb-pcie", None),
    "NVIDIA GH200 96GB": ("nvidia-gh200", None),
    "NVIDIA H100 PCIe 80GB": ("nvidia-h100-pcie", None),
    "NVIDIA HGX B200 (1-Click Cluster)": ("nvidia-b200", None),
    "NVIDIA H100 (1-Click Cluster)": ("nvidia-h100-sxm", H100_ASSUMED),
    "NVIDIA HGX H100 (Dedicated Inference)": ("nvidia-h100-sxm", None),
    "NVIDIA HGX B200 (Dedicated Inference)": ("nvidia-b200", None),
    "NVIDIA HGX H100 (GPU Clusters)": ("nvidia-h100-sxm", None),
    "NVIDIA HGX H200 (GPU Clusters)": ("nvidia-h200-sxm", None),
    "NVIDIA HGX B200 (GPU Clusters)": ("nvidia-b200", None),
}
A100_ASSUMED = ("The label does not name the A100 form factor; the offer is filed under the "
                "catalog's default A100 of that memory, the SXM part. Treat the SXM-specific "
                "figures as an assumption.")
# Google Cloud and Azure machine types: (accelerator, devices, assumed)
MACHINES_3 = {
    "a3-highgpu-8g": ("nvidia-h100-sxm", 8, H100_ASSUMED),
    "a3-highgpu-1g": ("nvidia-h100-sxm", 1, H100_ASSUMED),
    "a3-megagpu-8g": ("nvidia-h100-sxm", 8, H100_ASSUMED),
    "a2-highgpu-8g": ("nvidia-a100-40gb-sxm", 8, A100_ASSUMED),
    "a2-ultragpu-8g": ("nvidia-a100-80gb-sxm", 8, A100_ASSUMED),
    "a2-highgpu-1g": ("nvidia-a100-40gb-sxm", 1, A100_ASSUMED),
    "Standard_ND96isr_H100_v5": ("nvidia-h100-sxm", 8, H100_ASSUMED),
    "Standard_ND96amsr_A100_v4": ("nvidia-a100-80gb-sxm", 8, A100_ASSUMED),
    "Standard_ND96asr_v4": ("nvidia-a100-40gb-sxm", 8, A100_ASSUMED),
    "Standard_NC24ads_A100_v4": ("nvidia-a100-80gb-pcie", 1, None),
    "Standard_NC96ads_A100_v4": ("nvidia-a100-80gb-pcie", 4, None),
    "Standard_NC40ads_H100_v5": ("nvidia-h100-nvl", 1, None),
    "p5.48xlarge": ("nvidia-h100-sxm", 8, None),
    "p4d.24xlarge": ("nvidia-a100-40gb-sxm", 8, None),
    "p4de.24xlarge": ("nvidia-a100-80gb-sxm", 8, None),
}
NOT_SHIPPED_3 = {
    "NVIDIA A10 24GB": NOT_IN_CATALOG + " (NVIDIA A10; the catalog has the A10G)",
    "NVIDIA A6000 48GB": NOT_IN_CATALOG + " (NVIDIA RTX A6000)",
    "NVIDIA Tesla V100 16GB": NOT_IN_CATALOG + " (NVIDIA Tesla V100)",
    "NVIDIA Quadro RTX 6000 24GB": NOT_IN_CATALOG + " (Quadro RTX 6000)",
    "Standard_NC48ads_A100_v4": "two third-party copies of Azure's price disagree (USD 7.346 "
                                "in the SkyPilot catalog, 9.554 in datareceipts' "
                                "hyperscalers.json, retrieved 2026-11-09)",
    "Standard_NC80adis_H100_v5": "two third-party copies of Azure's price disagree (USD 13.96 "
                                 "in the SkyPilot catalog, 17.64 in datareceipts' "
                                 "hyperscalers.json, retrieved 2026-11-09)",
}
TOGETHER_MODELS = {
    "on-demand price": ("ON_DEMAND", "on-demand"),
    "on-demand (pay as you go)": ("ON_DEMAND", "on-demand"),
    "reserved 7-30 days": ("RESERVED", "reserved-7-30d"),
    "reserved 31-90 days": ("RESERVED", "reserved-31-90d"),
    "reserved 91-180 days": ("RESERVED", "reserved-91-180d"),
}
GCP_MODELS = {"on-demand": ("ON_DEMAND", "on-demand"), "spot": ("SPOT", "spot")}
CUD_NOTE = ("its committed-use (1- and 3-year) prices are published per instance-month of 730 "
            "hours, which do not divide into an exact hourly price")


def slug(text):
    return re.sub(r"[^a-z0-9.]+", "-", text.lower()).strip("-")


def money_text(value):
    text = repr(float(value))
    return text[:-2] if text.endswith(".0") else text


def third_offer_source(url, tier, read_via=None, source_date=None, note=None):
    out = {"url": url, "tier": tier}
    if read_via:
        out["readVia"] = read_via
    out["read"] = THIRD_READ
    if source_date:
        out["sourceDate"] = source_date
    if note:
        out["note"] = note
    return out


def third_offer(offer_id, provider, instance, accelerator, published, assumed, count, region,
                model, amount, per, source, notes):
    offer = {"id": offer_id, "provider": provider, "instanceType": instance,
             "accelerator": accelerator, "acceleratorAsPublished": published}
    if assumed:
        offer["variantAssumed"] = True
    offer["acceleratorCount"] = count
    if region:
        offer["region"] = region
    offer["pricingModel"] = model
    offer["price"] = {"amount": money_text(amount), "currency": "USD", "per": per}
    offer["source"] = source
    offer["notes"] = ([assumed] if assumed else []) + notes
    return offer


def build_offers_3():
    records = [r for r in load("vendor-figures/figures-hardware.json")
               if r["item"] in ("5", "6", "7", "8")]
    reference = load("clouds/cloud-prices-reference.json")
    offers, omitted = [], []
    serverless = 0
    for r in records:
        if r["item"] == "5" and "serverless" in r["field"]:
            serverless += 1
            continue
        if r["item"] in ("5", "8"):
            if r["product"] in NOT_SHIPPED_3:
                omitted.append("Lambda '{}' ({}) is not shipped: {}.".format(
                    r["product"], r["field"], NOT_SHIPPED_3[r["product"]]))
                continue
            accelerator, assumed = OFFER_PRODUCTS_3[r["product"]]
            if r["unit"] != "USD per GPU-hour":
                fail("unexpected unit " + r["unit"])
            source = third_offer_source(r["url"], r["tier"], r.get("copy"), r["date"],
                                        "{}. Date: {}.".format(r["provenance"], r["dateBasis"]))
            notes = [n for n in (r.get("note"),) if n]
            name = r["product"].replace("NVIDIA ", "")
            if r["item"] == "8" and r["mode"] == "Instances":
                count = int(r["gpus"].rstrip("x"))
                offers.append(third_offer(
                    "lambda-{}-{}x-on-demand".format(slug(name), count), "Lambda",
                    "{}x {} instance".format(count, name), accelerator, r["product"], assumed,
                    count, None, "ON_DEMAND", r["value"], "device-hour", source,
                    notes + ["The page states no region."]))
            elif r["item"] == "8":
                m = re.fullmatch(r"2 weeks to 1 year, (\d+)(\+?) GPUs", r["field"])
                count = int(m.group(1))
                extra = ["The price applies to clusters of {} or more GPUs.".format(count)] \
                    if m.group(2) else []
                offers.append(third_offer(
                    "lambda-1-click-cluster-{}-{}-gpus-reserved".format(
                        slug(name.split(" (")[0]), count), "Lambda",
                    "1-Click Cluster, {}{} GPUs, reserved 2 weeks to 1 year".format(
                        count, m.group(2)), accelerator, r["product"], assumed, count, None,
                    "RESERVED", r["value"], "device-hour", source,
                    notes + extra + ["Reserved for 2 weeks to 1 year, priced per GPU-hour; "
                                     "the page states no region."]))
            else:
                model, suffix = TOGETHER_MODELS[r["field"]]
                kind = "dedicated-inference" if r["mode"] == "Dedicated Inference" \
                    else "gpu-clusters"
                offers.append(third_offer(
                    "together-{}-{}-{}".format(kind, slug(name.split(" (")[0]), suffix),
                    "Together AI", "{}, {}, {}".format(r["mode"], name.split(" (")[0],
                                                        r["field"]),
                    accelerator, r["product"], assumed, 1, None, model, r["value"],
                    "device-hour", source,
                    notes + [HGX_NOTE, "Together prices per GPU-hour and states no minimum "
                                       "number of GPUs, so one device is the unit priced; "
                                       "the page states no region."]))
            continue
        # Google Cloud (6) and Azure (7): secondary, per instance-hour
        machine = r["product"]
        if machine in NOT_SHIPPED_3:
            omitted.append("Azure '{}' in {} is not shipped: {}.".format(
                machine, r["region"], NOT_SHIPPED_3[machine]))
            continue
        if r["item"] == "6" and "CUD" in r["field"]:
            if r["field"] == "1-year CUD":
                omitted.append("Google Cloud '{}' in {}: {}.".format(machine, r["region"],
                                                                    CUD_NOTE))
            continue
        if r["unit"] != "USD per instance-hour":
            fail("unexpected unit " + r["unit"])
        accelerator, count, assumed = MACHINES_3[machine]
        published = r["gpus"].split(";")[0]
        if not published.startswith("{}x ".format(count)):
            fail("device count of {} disagrees with '{}'".format(machine, r["gpus"]))
        notes = ["Machine as the source describes it: {}.".format(r["gpus"])]
        if r["item"] == "6":
            provider, model_suffix = "Google Cloud", GCP_MODELS[r["field"]]
            model, suffix = model_suffix
            source = third_offer_source(r["url"], r["tier"], None, r["date"],
                                        "{}. Date: {}.".format(r["provenance"],
                                                               r["dateBasis"]))
            offer_id = "gcp-{}-{}-{}".format(machine, r["region"], suffix)
            if r.get("note"):
                notes.append(r["note"].capitalize() + ".")
        else:
            provider, model = "Azure", "ON_DEMAND"
            source = third_offer_source(r["url"], r["tier"], None, None,
                                        "{}. Date: {}.".format(r["provenance"],
                                                               r["dateBasis"]))
            offer_id = "azure-{}-{}-on-demand".format(slug(machine.replace("Standard_", "")),
                                                      r["region"])
            for row in reference:
                if row["product"] == machine and row["usd_per_instance_hour"] == r["value"]:
                    notes.append("datareceipts' hyperscalers.json (retrieved {}) lists the "
                                 "same price.".format(row["date"]))
        offers.append(third_offer(offer_id, provider, machine, accelerator, published,
                                  assumed, count, r["region"], model, r["value"],
                                  "instance-hour", source, notes))
    for row in reference:
        if row["provider"] != "AWS":
            continue
        machine = row["product"]
        accelerator, count, assumed = MACHINES_3[machine]
        if row["gpus"] != count:
            fail("device count of " + machine)
        url = row["source"]["url"].split(" ")[0]
        source = third_offer_source(url, "SECONDARY", None, row["date"],
                                    "Third-party price list (datareceipts, GitHub), field "
                                    "'retrieved' {}; read as a partial excerpt, not in full."
                                    .format(row["date"]))
        notes = ["{} x {} as the source names it.".format(count, row["gpu"])]
        if row.get("note"):
            notes.append("Source note: " + row["note"] + ".")
        offers.append(third_offer("aws-{}-{}-on-demand".format(machine, row["region"]), "AWS",
                                  machine, accelerator, "{} x {}".format(count, row["gpu"]),
                                  assumed, count, row["region"], "ON_DEMAND",
                                  row["usd_per_instance_hour"], "instance-hour", source, notes))
    if serverless:
        omitted.append("The {} Together AI serverless token prices of the vendor figures "
                       "(secondary) are API prices, for the pricing catalogs; not shipped "
                       "here.".format(serverless))
    return offers, omitted


# ---------------------------------------------------------------------------------------------
# Energy
# ---------------------------------------------------------------------------------------------

# Source dates the pages state, as ISO dates (the research records them as text).
ENERGY_SOURCE_DATES = {
    "uptime-industry-average-2023": "2023-11-23",
    "eia-price": "2024-10-17",
    "eurostat": "2024-04-25",
    "eu27-eea-2018": "2021-06-11",
    "sdes": "2022-12",
}
STATE_CODES = {
    "Virginia": "US-VA", "Texas": "US-TX", "Oregon": "US-OR", "Washington": "US-WA",
    "Georgia": "US-GA", "Iowa": "US-IA", "Arizona": "US-AZ", "Ohio": "US-OH",
    "Illinois": "US-IL", "North Carolina": "US-NC", "Nevada": "US-NV",
    "California": "US-CA", "New York": "US-NY",
}
COUNTRY_CODES = {"Cyprus (EU highest)": ("CY", "Cyprus"), "Finland (EU lowest)": ("FI", "Finland"),
                 "US": ("US", "United States"), "EU-27": ("EU-27", "European Union (27)"),
                 "Germany": ("DE", "Germany"), "Poland": ("PL", "Poland")}


# Energy sources that do not publish the figure themselves: France's SDES restates the IEA's
# carbon intensities ('based on IEA, 2022'), so its figures are secondary.
SECONDARY_ENERGY_SOURCES = ("https://www.statistiques.developpement-durable.gouv.fr/",)


def energy_source(src, source_date, extra_note=None):
    tier = "SECONDARY" if src["url"].startswith(SECONDARY_ENERGY_SOURCES) else "PRIMARY"
    out = {"url": src["url"], "tier": tier, "read": src.get("read", "2026-11-27")}
    if source_date:
        out["sourceDate"] = source_date
    notes = []
    if src.get("sourceDate"):
        notes.append("Page date as the research records it: " + src["sourceDate"])
    if extra_note:
        notes.append(extra_note)
    if notes:
        out["note"] = "; ".join(notes)
    return out


def region(text):
    if text.startswith("US - "):
        state = text[len("US - "):]
        return STATE_CODES[state], state + ", United States"
    return COUNTRY_CODES[text]


def build_energy():
    e = load("clouds/energy.json")
    pue = []
    for p in e["pue"]:
        sources = [energy_source(p["source"], ENERGY_SOURCE_DATES.get(p["id"]))]
        if p.get("alsoAt"):
            also = p["alsoAt"]
            also_date = also.get("sourceDate")
            sources.append(energy_source({"url": also["url"], "read": e["read"]},
                                         also_date, also.get("text")))
        pue.append({"id": p["id"], "value": float_text(p["value"]), "scope": p["scope"],
                    "year": p["year"], "sources": sources, "notes": [p["note"]]})
    prices = []
    for p in e["electricityPrices"]:
        code, name = region(p["region"])
        date = ENERGY_SOURCE_DATES["eia-price" if "eia.gov" in p["source"]["url"] else "eurostat"]
        item = {"id": p["id"], "region": code, "regionName": name,
                "sector": {"commercial": "COMMERCIAL", "industrial": "INDUSTRIAL"}[p["sector"]],
                "price": {"amount": p["price"], "currency": p["currency"], "per": "kWh"},
                "period": p["period"]}
        if "eurostat" in p["source"]["url"]:
            item["sector"] = "NON_HOUSEHOLD"
        if p.get("publishedValue"):
            item["asPublished"] = "{} {}".format(p["publishedValue"], p["publishedUnit"])
        item["sources"] = [energy_source(p["source"], date)]
        item["notes"] = [p["note"].replace(" (sector field set to 'industrial' for the schema)",
                                           "")]
        if p["region"].endswith("(EU highest)") or p["region"].endswith("(EU lowest)"):
            item["notes"].insert(0, "This is the {} non-household price among EU countries "
                                    "in the period, not an average.".format(
                                        "highest" if "highest" in p["region"] else "lowest"))
        prices.append(item)
    carbon = []
    for c in e["carbonIntensity"]:
        code, name = region(c["region"])
        url = c["source"]["url"]
        date = (ENERGY_SOURCE_DATES["sdes"] if "statistiques" in url
                else ENERGY_SOURCE_DATES.get(c["id"]))
        co2_only = "CO2 only" in c["basis"]
        item = {"id": c["id"], "region": code, "regionName": name,
                "gramsPerKilowattHour": float_text(c["gCO2ePerKWh"]), "year": c["year"],
                "gases": "CO2_ONLY" if co2_only else "CO2_EQUIVALENT", "basis": c["basis"]}
        if c.get("published"):
            pub = c["published"]
            item["asPublished"] = "{} {}; emissions {}; generation {}".format(
                pub["value"], pub["unit"], pub["emissions"], pub["generation"])
        if c.get("derived"):
            item["derivation"] = c["formula"]
        item["sources"] = [energy_source(c["source"], date)]
        item["notes"] = [c["note"]]
        carbon.append(item)
    notes = [
        BUILT_BY.format(e["read"]),
        "Default PUE: the Uptime Institute industry average for 2023 (1.58), the broadest "
        "published figure; hyperscale operators report lower values (AWS 1.14 in 2025).",
        "No default electricity price or carbon intensity: the research found no sourced "
        "national or world average for the latest year (see the research gaps), so choose a "
        "region explicitly.",
        "Electricity prices are those published for the stated period and sector; EIA state "
        "figures are average revenue per kWh including taxes billed to end users.",
        "Carbon intensities marked CO2_ONLY count carbon dioxide alone (EIA, SDES/IEA) and "
        "understate CO2-equivalent emissions; CO2_EQUIVALENT covers all greenhouse gases.",
    ] + ["Research gap ({}): {}: {}".format(g["provider"], g["what"], g["reason"])
         for g in e["gaps"]]
    return {"$schema": "energy.schema.json", "schemaVersion": SCHEMA_VERSION,
            "version": VERSION, "publishedOn": PUBLISHED_ON, "notes": notes,
            "defaults": {"pue": "uptime-industry-average-2023"},
            "pue": pue, "electricityPrices": prices, "carbonIntensities": carbon}


class Decimal(str):
    """A decimal written as a bare JSON number, exactly as the research gives it."""


def float_text(text):
    if not re.fullmatch(r"\d+(\.\d+)?", text):
        fail("not a plain decimal: " + text)
    return Decimal(text)


# ---------------------------------------------------------------------------------------------
# Output
# ---------------------------------------------------------------------------------------------

def render(document):
    def encode(node):
        if isinstance(node, Decimal):
            return {"__decimal__": str(node)}
        if isinstance(node, dict):
            return {k: encode(v) for k, v in node.items()}
        if isinstance(node, list):
            return [encode(v) for v in node]
        return node
    text = json.dumps(encode(document), indent=2, ensure_ascii=False)
    text = re.sub(r'\{\s*"__decimal__": "([0-9.]+)"\s*\}', r"\1", text)
    return text + "\n"


def summary(acc, offers, energy):
    lines = ["accelerators: {}".format(len(acc["accelerators"]))]
    providers = Counter(o["provider"] for o in offers["offers"])
    lines.append("offers: {} {}".format(len(offers["offers"]), dict(sorted(providers.items()))))
    lines.append("energy: {} PUE, {} electricity prices, {} carbon intensities".format(
        len(energy["pue"]), len(energy["electricityPrices"]), len(energy["carbonIntensities"])))
    lines.append("required-but-absent figures:")
    for e in acc["accelerators"]:
        missing = [f for f in ("memory", "memoryBandwidth", "thermalDesignPower")
                   if f not in e]
        if "BF16" not in e.get("densePeak", {}):
            missing.append("densePeak.BF16")
        link = e.get("scaleUp")
        if link is None:
            missing.append("scaleUp")
        else:
            if "bandwidth" not in link:
                missing.append("scaleUp.bandwidth")
            if "basis" not in link:
                missing.append("scaleUp.basis")
        lines.append("  {}: {}".format(e["id"], ", ".join(missing) or "-"))
    return "\n".join(lines)


def main():
    acc = build_accelerators()
    offers = build_offers(acc["accelerators"])
    energy = build_energy()
    outputs = {"accelerators.json": render(acc), "cloud-offers.json": render(offers),
               "energy.json": render(energy)}
    check = "--check" in sys.argv[1:]
    for name, text in outputs.items():
        path = os.path.join(OUT, name)
        if check:
            with open(path, encoding="utf-8") as f:
                if f.read() != text:
                    fail(name + " differs from what the research files produce")
        else:
            with open(path, "w", encoding="utf-8") as f:
                f.write(text)
    validate_against_schemas(outputs)
    print(summary(acc, offers, energy))


def validate_against_schemas(outputs):
    """Cross-checks the outputs with the jsonschema package, when it is installed."""
    try:
        from jsonschema import Draft202012Validator, FormatChecker
    except ImportError:
        print("(jsonschema not installed: schema cross-check skipped)")
        return
    for name, text in outputs.items():
        with open(os.path.join(OUT, name.replace(".json", ".schema.json")), encoding="utf-8") as f:
            schema = json.load(f)
        Draft202012Validator.check_schema(schema)
        validator = Draft202012Validator(schema, format_checker=FormatChecker())
        errors = list(validator.iter_errors(json.loads(text)))
        if errors:
            fail("{} does not conform to its schema: {}".format(name, errors[0].message))


if __name__ == "__main__":
    main()
