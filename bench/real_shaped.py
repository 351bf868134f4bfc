"""A real-shaped store: real extraction output, copied with fresh article, meeting and statement
IRIs, people shared across copies, and a few hub people in a large share of the articles.

The facts of the given texts (default: the bundled sample and `bench/texts/*.txt`) are extracted
once; each copy then renames the people of its template (Zipf-drawn names from a pool, so some
names recur in many articles and most in few; the template's most mentioned person is the first
hub with probability 0.6, the second the second hub with 0.3) and is written by
`NewsService.store_facts`, the same facts -> RDF -> store path as `newsgraph ingest`.

    python bench/real_shaped.py --articles 10000 --store /tmp/rs10k [--texts a.txt b.txt]

Prints, every `--every` articles, the store-side CPU seconds per article over the last block
(process CPU time spent in `store_facts`: identity joins, mapping, the write, and whatever RocksDB's
background threads do meanwhile, flushes and compactions), the writing thread's own CPU time, and the quads.
"""
from __future__ import annotations

import argparse
import copy
import dataclasses
import json
import random
import sys
import time
from datetime import date, timedelta
from importlib import resources
from pathlib import Path

from newsgraph.extract.facts import ArticleFacts, ArticleMeta, Person
from newsgraph.extract.pipeline import build_nlp, extract_many
from newsgraph.graph.service import NewsService
from newsgraph.graph.store import OxigraphStore

HERE = Path(__file__).parent
FIRST = {"male": ["Adam", "Boris", "Carlos", "Dmitri", "Emil", "Farid", "Goran", "Hugo", "Ivan", "Jonas", "Karim",
                  "Luca", "Marek", "Nikolai", "Omar", "Pavel", "Rafael", "Stefan", "Tariq", "Viktor"],
         "female": ["Alina", "Beatriz", "Chiara", "Dana", "Elena", "Fatima", "Greta", "Hana", "Irina", "Julia", "Katya",
                    "Leila", "Maria", "Nadia", "Olga", "Petra", "Rosa", "Sofia", "Tamar", "Vera"]}
SURNAMES = ["Abel", "Borisov", "Castell", "Duarte", "Eriksen", "Fischer", "Galan", "Horvat", "Ilves", "Jansen",
            "Kovac", "Lindqvist", "Moreau", "Novak", "Olsen", "Petrov", "Quint", "Rossi", "Sandor", "Toivonen",
            "Urban", "Varga", "Weiss", "Yilmaz", "Zeman", "Almeida", "Brandt", "Conti", "Dvorak", "Esposito"]
COUNTRIES = ["France", "Germany", "Italy", "Spain", "Poland", "Brazil", "India", "Japan", "Kenya", "Canada",
             "Mexico", "Egypt", "Norway", "Chile", "Vietnam", "Ghana", "Peru", "Greece", "Turkey", "Ukraine"]


def default_texts() -> list[Path]:
    sample = resources.files("newsgraph.extract") / "data" / "istanbul_talks_2025.txt"
    return [Path(str(sample)), *sorted((HERE / "texts").glob("*.txt"))]


def extract_templates(paths: list[Path]) -> list[ArticleFacts]:
    """The facts of each text, extracted once."""
    nlp = build_nlp()
    items = [(p.read_text(encoding="utf-8"), ArticleMeta(id=p.stem, title=p.stem.replace("_", " "),
                                                          published=date(2025, 5, 15))) for p in paths]
    return list(extract_many(items, nlp=nlp))


class NamePool:
    """People by rank: a fixed name, gender and home country each; rank 0 and 1 are the hubs."""

    def __init__(self, size: int, rng: random.Random):
        self.size = size
        self.weights = [1 / (r + 1) ** 1.1 for r in range(size)]
        self.rng = rng

    def person(self, rank: int) -> tuple[str, str, str]:
        gender = "male" if rank % 2 == 0 else "female"
        first = FIRST[gender][rank % 20]
        last = SURNAMES[(rank // 20) % len(SURNAMES)]
        suffix = rank // (20 * len(SURNAMES))  # beyond 600 names: a second surname
        name = f"{first} {last}" + (f"-{SURNAMES[suffix % len(SURNAMES)]}" if suffix else "")
        return name, gender, COUNTRIES[rank % len(COUNTRIES)]

    def draw(self) -> int:
        return self.rng.choices(range(2, self.size), weights=self.weights[2:])[0]


def _slots(facts: ArticleFacts) -> list[Person]:
    """Full-named people of a template, most mentioned first (slot 0 may become hub 0)."""
    full = [p for p in facts.persons.values() if len(p.name.split()) > 1]
    return sorted(full, key=lambda p: (-len(p.mentions), p.key))


def copy_facts(template: ArticleFacts, n: int, pool: NamePool, rng: random.Random) -> ArticleFacts:
    """Copy `n` of a template: a fresh article id, people renamed (surname-only mentions follow their
    full name), countries served moved to the new person's home country so shared people agree."""
    facts = copy.deepcopy(template)
    facts.meta = ArticleMeta(id=f"rs-{n:07d}", title=f"{template.meta.title} {n}", url=None,
                             published=date(2020, 1, 1) + timedelta(days=n % 2000))
    used: set[int] = set()
    surnames: dict[str, str] = {}
    home: dict[str, str] = {}
    for slot, person in enumerate(_slots(facts)):
        rank = 0 if slot == 0 and rng.random() < 0.6 else 1 if slot == 1 and rng.random() < 0.3 else pool.draw()
        while rank in used:
            rank = pool.draw()
        used.add(rank)
        name, gender, country = pool.person(rank)
        surnames[person.name.split()[-1]] = name.split()[-1]
        person.name, person.aliases = name, set()
        person.gender = gender if person.gender else None
        person.country = country if person.country else None
        home[person.key] = country
    for person in facts.persons.values():
        if len(person.name.split()) == 1 and person.name in surnames:
            person.name = surnames[person.name]
    for i, office in enumerate(facts.offices):
        if office.org_is_country and office.person in home:
            facts.offices[i] = dataclasses.replace(office, org=home[office.person])
            facts.countries.add(home[office.person])
    return facts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, required=True)
    parser.add_argument("--store", type=Path, required=True, help="store folder (created; appended to if it exists)")
    parser.add_argument("--texts", type=Path, nargs="*", help="article texts (default: sample + bench/texts)")
    parser.add_argument("--every", type=int, default=1000, help="report every this many articles")
    parser.add_argument("--seed", type=int, default=9)
    parser.add_argument("--json", type=Path, help="also write the figures as JSON")
    args = parser.parse_args(argv)

    rng = random.Random(args.seed)
    templates = extract_templates(args.texts or default_texts())
    pool = NamePool(max(50, args.articles // 2), rng)
    store = OxigraphStore(args.store)
    service = NewsService(store)
    start = len(store.articles())
    figures = []
    block_cpu, block_thread, block_n, wall = 0.0, 0.0, 0, time.perf_counter()
    for n in range(start, start + args.articles):
        facts = copy_facts(templates[n % len(templates)], n, pool, rng)
        before, before_thread = time.process_time(), time.thread_time()
        service.store_facts(facts, source=f"copy {n}")
        block_cpu += time.process_time() - before
        block_thread += time.thread_time() - before_thread
        block_n += 1
        if (n + 1 - start) % args.every == 0 or n + 1 == start + args.articles:
            row = {"articles": n + 1, "cpu_s_per_article": round(block_cpu / block_n, 4),
                   "writer_cpu_s_per_article": round(block_thread / block_n, 4), "quads": len(store),
                   "wall_s": round(time.perf_counter() - wall, 1)}
            figures.append(row)
            print(json.dumps(row), flush=True)
            block_cpu, block_thread, block_n = 0.0, 0.0, 0
    store.flush()
    if args.json:
        args.json.write_text(json.dumps(figures, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
