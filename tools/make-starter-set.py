#!/usr/bin/env python3
"""Writes Pathways' starter reference set (src/main/resources/reference/starter/) from the official files.

The starter set lets a fresh installation work before anyone imports the full releases: NAICS 2022
sectors and subsectors (plus the industries the demo employers use), SOC 2018 major groups (plus the demo
occupations with their definitions and parents), all states, the demo region's counties with their metro
area, and BLS projections and wages for the demo occupations, all U.S. public-domain data; and for the demo
occupations only, O*NET 28.2's occupations, skills, knowledge, technology and job zones (CC BY 4.0: every page that
shows them carries the attribution), so hiring requirements can be checked on a fresh installation. Usage: python3 tools/make-starter-set.py ../shared/data
"""
import csv
import os
import sys

DATA = sys.argv[1] if len(sys.argv) > 1 else "../shared/data"
OUT = os.path.join(os.path.dirname(__file__), "..", "src", "main", "resources", "reference", "starter")

DEMO_INDUSTRIES = ["622110", "621111", "623110", "332710", "332999", "333517", "493110", "484121", "488510",
                   "541511", "541512", "311991", "311612", "611210", "813910", "624310", "624190",
                   "623312", "332312", "326199", "333612"]
DEMO_OCCUPATIONS = ["29-1141", "29-2061", "31-1131", "31-9092", "31-9097", "29-2012", "51-4041", "51-9161",
                    "51-4121", "49-9071", "49-9041", "53-7051", "53-3032", "53-7062", "53-7065", "15-1252",
                    "15-1232", "15-1211", "51-3092", "51-9111", "51-2092", "43-4051", "35-2014", "51-1011",
                    # home care, the rest of the hospital and senior-living floor, the plant and the dock
                    "31-1121", "31-1122", "31-1132", "31-9091", "29-2052", "29-2055", "43-6013", "37-2012", "35-2012",
                    "35-3041", "11-9111", "21-1093", "51-3022", "51-3093", "51-9198", "51-4031", "51-4081", "51-2041",
                    "53-7064", "53-3033", "43-5071", "49-3031", "15-1244", "15-1256", "43-4171"]
DEMO_COUNTIES = ["39049", "39041", "39089", "39045", "39129", "39097", "39159"]


def rows(path):
    with open(os.path.join(DATA, path), newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def write(name, fieldnames, records):
    with open(os.path.join(OUT, name), "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=fieldnames, lineterminator="\n")
        w.writeheader()
        w.writerows(records)
    print(name, len(records))


os.makedirs(OUT, exist_ok=True)

naics = rows("naics/naics_2022_2-6digit_codes.csv")
wanted = set()
for code in DEMO_INDUSTRIES:
    for n in range(3, 7):
        wanted.add(code[:n])
keep = [r for r in naics if r["level_digits"] in ("2", "3") or r["naics_code"] in wanted]
write("naics_2022_starter.csv", list(naics[0].keys()), keep)

soc = rows("soc/soc_2018_structure_and_definitions.csv")
wanted = set()
for code in DEMO_OCCUPATIONS:
    wanted.update({code, code[:4] + "000", code[:6] + "0"})
keep = [r for r in soc if r["soc_group"] == "Major" or r["soc_code"] in wanted]
write("soc_2018_starter.csv", list(soc[0].keys()), keep)

states = rows("geo/states_fips_2024.csv")
write("states_2024_starter.csv", ["state_fips", "state_name", "pop_estimate_2024"],
      [{k: r[k] for k in ("state_fips", "state_name", "pop_estimate_2024")} for r in states])

counties = rows("geo/counties_fips_2024.csv")
write("counties_fips_2024_starter.csv", list(counties[0].keys()), [r for r in counties if r["fips"] in DEMO_COUNTIES])

cbsa = rows("geo/cbsa_county_delineation_2023.csv")
write("cbsa_county_delineation_2023_starter.csv", list(cbsa[0].keys()),
      [r for r in cbsa if r["FIPS (5-digit county)"] in DEMO_COUNTIES])

# BLS publishes some occupations only as their broad group (home health aides as 31-1120), so the groups come too
DEMO_GROUPS = set(DEMO_OCCUPATIONS) | {code[:6] + "0" for code in DEMO_OCCUPATIONS}

ep = rows("bls_employment_projections/ep_occupation_projections_2024_2034.csv")
write("ep_occupation_projections_2024_2034_starter.csv", list(ep[0].keys()), [r for r in ep if r["soc_code"] in DEMO_GROUPS])

oews = rows("bls_oews/oews_national_may2024.csv")
write("oews_national_may2024_starter.csv", list(oews[0].keys()),
      [r for r in oews if r["OCC_CODE"] in DEMO_OCCUPATIONS or (r["OCC_CODE"] in DEMO_GROUPS and r["O_GROUP"] == "broad")])

# O*NET 28.2 for the demo occupations (CC BY 4.0), in a folder named for the release so the importer knows its vintage
ONET_OUT = os.path.join(OUT, "28.2")
os.makedirs(ONET_OUT, exist_ok=True)
for name in ["occupation_data.csv", "skills.csv", "knowledge.csv", "technology_skills.csv", "job_zones.csv"]:
    records = rows("onet/28.2/" + name)
    keep = [r for r in records if r["O*NET-SOC Code"][:7] in DEMO_OCCUPATIONS]
    with open(os.path.join(ONET_OUT, name), "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=list(records[0].keys()), lineterminator="\n")
        w.writeheader()
        w.writerows(keep)
    print("28.2/" + name, len(keep))
reference = rows("onet/28.2/job_zone_reference.csv")
with open(os.path.join(ONET_OUT, "job_zone_reference.csv"), "w", newline="", encoding="utf-8") as f:
    w = csv.DictWriter(f, fieldnames=list(reference[0].keys()), lineterminator="\n")
    w.writeheader()
    w.writerows(reference)
print("28.2/job_zone_reference.csv", len(reference))
