#!/usr/bin/env python3
"""Writes a large, deterministic dataset in the format of src/main/resources/seed/.

Usage: bench/generate-dataset.py OUTPUT_DIR [COMPANIES] [PRODUCTS] [FACTS]
       (defaults: 100 companies, 10,000 products, 100,000 facts)

The app loads it with --scorecard.seed.location=file:OUTPUT_DIR/ into an empty database.

Shape of the data (fixed random seed, so every run writes the same files):
- The first two companies are bytedance and alibaba with a dozen products each, about as many as
  in the article's seed, so that /compare with its defaults compares two seed-sized companies
  inside a large database. The other companies (company-003, ...) get products on a skewed scale:
  a few large portfolios, a long tail of small ones; every company has at least one product.
- Products (product-00001, ...) are spread over categories with realistic weights; every company
  has one flagship, a few more are flagships or major products, most are minor.
- About 2% of the facts are company-level; the rest are about products, better-known (flagship,
  major) products getting more. Metrics are weighted by how often such a figure is published.
  Drawing subject and metric independently gives some subjects several facts for the same metric:
  those are older observations (spaced 1 to 12 months apart) that the newest one supersedes.
  Facts are written in shuffled order, so that some older observations arrive after newer ones.
- Every value satisfies the schema's check constraints: level metrics carry one of their levels,
  numbers are >= 0, ranks >= 1, retention <= 100, as_of <= the source's date when it has one,
  source URLs are https.
"""

import bisect
import csv
import datetime as dt
import os
import random
import sys

SEED = 20261129
TODAY = dt.date(2026, 11, 29)

# Must agree with ai.scorecard.fact.Metric (and the schema's check constraints).
LEVELS = {
    "MONETIZATION_PATH": ["PAID_FROM_LAUNCH", "PAID_LATER", "NO_NEW_REVENUE"],
    "GROWTH_DRIVER": ["PRODUCT_LED", "BUNDLED", "PAID_ADS", "SUBSIDY"],
    "RETENTION_QUALITY": ["STRONG", "WEAK"],
    "PAIN_POINT_FIT": ["SOLVES", "PARTIAL", "MISSES"],
    "INTEGRATION": ["PLATFORM", "WORKFLOW_EMBEDDED", "STANDALONE", "ADD_ON"],
    "NICHE_STANDING": ["LEADER", "TOP_TIER", "FOLLOWER"],
    "EXECUTION_PACE": ["FAST", "STEADY", "SLOW"],
    "USABILITY": ["GOOD", "POOR"],
    "DISTINCTIVE_FEATURES": ["UNIQUE", "COMMON"],
    "MODEL_STANDING": ["LEADING", "COMPETITIVE", "BEHIND"],
    "TEAM_MORALE": ["RISING", "FALLING"],
    "AI_REACH": ["EVERY_PRODUCT", "PATCHWORK"],
    "RESEARCH_ORGANISATION": ["CENTRALISED_RESEARCH", "RESEARCH_CARRIES_KPI"],
}

# How often each metric is reported about a product (relative weights).
PRODUCT_METRICS = {
    "MAU": 12, "DAU": 10, "ANNUAL_REVENUE": 8, "PAID_USERS": 6, "DAILY_TOKENS": 5,
    "RETENTION_30D": 4, "NICHE_RANK": 6, "TOKEN_VOLUME_RANK": 2, "MODEL_BENCHMARK_RANK": 3,
    "MONETIZATION_PATH": 5, "GROWTH_DRIVER": 5, "RETENTION_QUALITY": 3, "PAIN_POINT_FIT": 4,
    "INTEGRATION": 4, "NICHE_STANDING": 5, "EXECUTION_PACE": 3, "USABILITY": 3,
    "DISTINCTIVE_FEATURES": 3, "MODEL_STANDING": 2, "TEAM_MORALE": 1,
}
COMPANY_METRICS = {
    "MARKET_CAP": 6, "ANNUAL_REVENUE": 4, "AI_REACH": 2, "RESEARCH_ORGANISATION": 2, "TEAM_MORALE": 1,
}
# Only a rank names a unit, its scope, as a RankScope code that each language names: a count's unit is the
# metric's own and a percentage has none (FactDraft refuses a unit there, and any scope not on the list).
RANK_SCOPES = {
    "NICHE_RANK": "NICHE", "TOKEN_VOLUME_RANK": "CHINA",
    "MODEL_BENCHMARK_RANK": "BENCHMARK",
}
CATEGORIES = {
    "ASSISTANT_APP": 20, "CREATIVE_TOOLS": 16, "PRODUCTIVITY_AND_OFFICE": 14, "CODING_TOOL": 12,
    "AGENT_PLATFORM": 12, "COMMERCE": 9, "FOUNDATION_MODEL": 7, "CLOUD_AND_MODEL_API": 5,
    "MAPS_AND_LOCAL_SERVICES": 5,
}
STAGES = {"ANNOUNCED": 5, "PILOT": 10, "LAUNCHED": 55, "MONETIZED": 30}
MONETIZATION = {"YES": 25, "NO": 20, "UNKNOWN": 55}
GROWTH = {"PRODUCT_LED": 25, "BUNDLED": 20, "PAID_ADS": 15, "SUBSIDY": 10, "UNKNOWN": 30}
INTEGRATION = {"PLATFORM": 10, "WORKFLOW_EMBEDDED": 25, "STANDALONE": 30, "ADD_ON": 15, "UNKNOWN": 20}
QUALIFIERS = {"EXACT": 50, "ABOUT": 30, "AT_LEAST": 15, "AT_MOST": 5}
PROVENANCE = {"COMPANY_REPORTED": 30, "THIRD_PARTY": 35, "ANALYST_ESTIMATE": 20, "COMMENTARY": 15}
FACTS_PER_WEIGHT = {"FLAGSHIP": 6, "MAJOR": 2, "MINOR": 1}
FIRST_COMPANIES = [
    ("bytedance", "ByteDance", "字节跳动", "Beijing", 12),
    ("alibaba", "Alibaba", "阿里巴巴", "Hangzhou", 10),
]
CITIES = ["Beijing", "Shanghai", "Shenzhen", "Hangzhou", "Guangzhou", "Chengdu", "Singapore",
          "San Francisco", "Seattle", "London", "Paris", "Tokyo", "Seoul", "Bangalore", ""]
WORDS = ["Nova", "Quill", "Lumen", "Orbit", "Cedar", "Harbor", "Vertex", "Pixel", "Echo", "Atlas",
         "Ember", "Tide", "Summit", "Prism", "Falcon", "Maple", "Delta", "Aurora", "Cobalt", "Zephyr"]
SUFFIXES = ["AI", "Labs", "Tech", "Intelligence", "Systems", "Works", "Cloud", "Digital"]
ZH = ["星", "云", "智", "海", "光", "山", "数", "灵", "火", "川"]


def pick(rng, weights):
    return rng.choices(list(weights), weights=list(weights.values()))[0]


def write(path, header, rows):
    with open(path, "w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(header)
        writer.writerows(rows)


def companies_rows(rng, count):
    rows = []
    for index in range(count):
        if index < len(FIRST_COMPANIES):
            slug, name_en, name_zh, city, _ = FIRST_COMPANIES[index]
        else:
            slug = f"company-{index + 1:03d}"
            name_en = f"{rng.choice(WORDS)} {rng.choice(SUFFIXES)} {index + 1:03d}"
            name_zh = "".join(rng.sample(ZH, 2)) + f"科技 {index + 1:03d}" if rng.random() < 0.6 else ""
            city = rng.choice(CITIES)
        rows.append([slug, name_en, name_zh, city,
                     f"Generated company {index + 1} for load tests; not real data."])
    return rows


def product_counts(rng, companies, products):
    """How many products each company gets: the first two a dozen, the rest on a skewed scale."""
    counts = [min(n, products // companies) for (*_, n) in FIRST_COMPANIES][:companies]
    rest = companies - len(counts)
    if rest > 0:
        counts += [1] * rest
        weights = [1 / (rank ** 0.7) for rank in range(1, rest + 1)]
        for index in rng.choices(range(len(counts) - rest, len(counts)), weights=weights,
                                 k=max(0, products - sum(counts))):
            counts[index] += 1
    return counts


def product_rows(rng, companies, counts):
    rows = []
    for company, count in zip(companies, counts):
        for position in range(count):
            number = len(rows) + 1
            roll = rng.random()
            weight = "FLAGSHIP" if position == 0 or roll < 0.03 else "MAJOR" if roll < 0.23 else "MINOR"
            category = pick(rng, CATEGORIES)
            launch = "" if rng.random() < 0.3 else (TODAY - dt.timedelta(days=rng.randint(30, 2500))).isoformat()
            name_zh = f"{rng.choice(ZH)}{rng.choice(ZH)} {number}" if rng.random() < 0.5 else ""
            rows.append([f"product-{number:05d}", company[0], f"{rng.choice(WORDS)} {category.split('_')[0].title()} {number}",
                         name_zh, category, pick(rng, STAGES), launch, weight, pick(rng, MONETIZATION),
                         pick(rng, GROWTH), pick(rng, INTEGRATION),
                         f"Generated {category.lower().replace('_', ' ')} product of {company[1]}; not real data."])
    return rows


def source_rows(rng):
    """Dated reports every few days up to today, plus a few undated commentaries."""
    dated, day, number = [], dt.date(2021, 1, 4), 1
    while day <= TODAY:
        url = f"https://example.org/reports/{number:04d}" if rng.random() < 0.8 else ""
        dated.append([f"report-{number:04d}", f"Generated industry report {number}", url, day.isoformat(), "EN",
                      "THIRD_PARTY_DATA"])
        day += dt.timedelta(days=rng.randint(1, 5))
        number += 1
    dated[-1][3] = TODAY.isoformat()
    undated = [[f"commentary-{n}", f"Generated commentary {n}", f"https://example.org/commentary/{n}" if n % 2 else "", "",
                "ZH", "COMMENTARY"] for n in range(1, 6)]
    return dated, undated


def value_of(rng, metric):
    """(value, level, unit, currency) for one observation."""
    if metric in LEVELS:
        return "", rng.choice(LEVELS[metric]), "", ""
    if metric in ("ANNUAL_REVENUE", "MARKET_CAP"):
        scale = 1e10 if metric == "MARKET_CAP" else 1e7
        return str(int(scale * rng.lognormvariate(0, 1.8)) + 1), "", "", rng.choice(["CNY", "CNY", "USD", ""])
    if metric == "RETENTION_30D":
        return f"{rng.uniform(3, 95):.1f}", "", "", ""
    if metric.endswith("_RANK"):
        return str(1 + int(rng.expovariate(0.15))), "", RANK_SCOPES[metric], ""
    scale = {"PAID_USERS": 2e4, "DAU": 1e5, "MAU": 5e5, "DAILY_TOKENS": 1e9}[metric]
    return str(int(scale * rng.lognormvariate(0, 1.5))), "", "", ""


def fact_rows(rng, companies, products, count, sources):
    dated, undated = sources
    dated_days = [dt.date.fromisoformat(row[3]) for row in dated]
    subjects = [("company", c[0], COMPANY_METRICS, 6) for c in companies]
    subjects += [("product", p[0], PRODUCT_METRICS, FACTS_PER_WEIGHT[p[7]]) for p in products]
    company_share = count // 50
    # Subject and metric of each fact; repeats of a subject+metric become its history.
    drawn = rng.choices(subjects[:len(companies)], weights=[s[3] for s in subjects[:len(companies)]], k=company_share)
    drawn += rng.choices(subjects[len(companies):], weights=[s[3] for s in subjects[len(companies):]],
                         k=count - company_share)
    groups = {}
    for subject in drawn:
        key = (subject[0], subject[1], pick(rng, subject[2]))
        groups[key] = groups.get(key, 0) + 1
    rows = []
    for (subject_type, slug, metric), observations in groups.items():
        # The newest observation is mostly within the last year; 10% are stale.
        as_of = TODAY - dt.timedelta(days=rng.randint(0, 330) if rng.random() < 0.9 else rng.randint(400, 900))
        for _ in range(observations):
            value, level, unit, currency = value_of(rng, metric)
            if rng.random() < 0.1:
                source = rng.choice(undated)
            else:
                first = bisect.bisect_left(dated_days, as_of)
                source = dated[rng.randint(first, min(first + 10, len(dated) - 1))]
            provenance = "COMMENTARY" if metric in LEVELS and rng.random() < 0.5 else pick(rng, PROVENANCE)
            rows.append([subject_type, slug, metric, value, level, unit, currency, pick(rng, QUALIFIERS),
                         as_of.isoformat(), provenance, source[0],
                         f"Generated {metric.lower().replace('_', ' ')} of {slug} as of {as_of.isoformat()}, "
                         f"according to {source[1]}."])
            as_of -= dt.timedelta(days=rng.randint(30, 365))
    rng.shuffle(rows)
    return rows


def main(argv):
    if not 2 <= len(argv) <= 5:
        sys.exit(__doc__)
    out = argv[1]
    companies, products, facts = (int(a) for a in (argv[2:] + ["100", "10000", "100000"][len(argv) - 2:]))
    if companies < 2 or products < companies or facts < 0:
        sys.exit("need at least 2 companies and at least one product per company")
    rng = random.Random(SEED)
    os.makedirs(out, exist_ok=True)
    company_list = companies_rows(rng, companies)
    product_list = product_rows(rng, company_list, product_counts(rng, companies, products))
    sources = source_rows(rng)
    fact_list = fact_rows(rng, company_list, product_list, facts, sources)
    write(os.path.join(out, "companies.csv"), ["slug", "name_en", "name_zh", "headquarters", "summary"], company_list)
    write(os.path.join(out, "products.csv"),
          ["slug", "company", "name_en", "name_zh", "category", "stage", "launch_date", "weight",
           "monetization_at_launch", "growth_driver", "integration_depth", "summary"], product_list)
    write(os.path.join(out, "sources.csv"), ["key", "title", "url", "date", "language", "kind"],
          sources[0] + sources[1])
    write(os.path.join(out, "facts.csv"),
          ["subject_type", "subject", "metric", "value", "level", "unit", "currency", "qualifier", "as_of",
           "provenance", "source", "claim"], fact_list)
    current = len({(r[0], r[1], r[2]) for r in fact_list})
    print(f"{out}: {len(company_list)} companies, {len(product_list)} products, {len(fact_list)} facts "
          f"({current} current, {len(fact_list) - current} older observations to supersede)")


if __name__ == "__main__":
    main(sys.argv)
