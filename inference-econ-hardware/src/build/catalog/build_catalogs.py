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

Outputs (the resources shipped in the jar):
  src/main/resources/io/github/inferenceecon/hardware/accelerators.json
  src/main/resources/io/github/inferenceecon/hardware/cloud-offers.json
  src/main/resources/io/github/inferenceecon/hardware/energy.json

Rules applied (see README.md next to this script):
  * No figure is added, changed or guessed here: every value comes from a research file, with the
    source URL and read date recorded there. Only units are renamed to the catalog's text forms.
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

HERE = os.path.dirname(os.path.abspath(__file__))
RESEARCH = os.path.join(HERE, "research")
OUT = os.path.normpath(os.path.join(
    HERE, "..", "..", "main", "resources", "io", "github", "inferenceecon", "hardware"))

VERSION = "2026-11-27"
PUBLISHED_ON = "2026-11-27"
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
}

CATALOG_ACCELERATOR_NOTES = [
    BUILT_BY.format("2026-11-27"),
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
    "A scale-up bandwidth carries a 'basis' only where the source says whether the figure is "
    "per direction or the total of both directions; otherwise the basis is absent and the "
    "accelerator spec used in calculations has no interconnect.",
    "The id 'nvidia-h100-sxm' carries the bare alias 'H100' and 'nvidia-h200-sxm' the bare "
    "alias 'H200' (the SXM part is the default H100 and H200 of this catalog).",
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
    out = {"figures": figures, "url": src["url"]}
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

    entries = []
    for a1 in first["accelerators"]:
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

        notes = ["{} research pass: {}".format(label, n)
                 for label, n in (("First", a1.get("notes")), ("Second", a2.get("notes"))) if n]
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
        entries.append(entry)

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
        source = {"url": src["url"]}
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
    catalog_notes = [
        BUILT_BY.format(first["read"]),
        "Providers covered: AWS (EC2 Capacity Blocks, rates superseded on 2025-01-01), "
        "CoreWeave (legacy per-component list, historical), DigitalOcean, Nebius and RunPod "
        "(Serverless). The research found no official price page for Google Cloud, Azure or "
        "Lambda in the stored sources, so they have no offers; nor any official 1-year or "
        "3-year committed price or spot price for any provider.",
        "A price is per instance-hour or per device-hour, never ambiguous; 'priceAsPublished' "
        "keeps a price published in another unit (RunPod bills per second) and the hourly "
        "price is that rate times 3600, exactly.",
        "'variantAssumed' marks offers whose provider label does not name the exact part; "
        "'historical' marks prices known to be superseded; 'acceleratorOnly' marks prices for "
        "the accelerator alone, with host vCPU and memory billed on top.",
    ] + first["notes"][3:] + omitted
    return {"$schema": "cloud-offers.schema.json", "schemaVersion": SCHEMA_VERSION,
            "version": VERSION, "publishedOn": PUBLISHED_ON, "notes": catalog_notes,
            "offers": offers}


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


def energy_source(src, source_date, extra_note=None):
    out = {"url": src["url"], "read": src.get("read", "2026-11-27")}
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
