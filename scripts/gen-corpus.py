#!/usr/bin/env python3
"""Generate benchmark input from the five seeds (used by scripts/bench.sh).

  gen-corpus.py articles N OUT_DIR   N articles: N/5 stories, each the five
                                      seeds with another name, month and
                                      wording (wire copy and conflicts stay)
  gen-corpus.py article BYTES FILE   one article of about BYTES bytes: such
                                      rewritten seeds one after another
                                      (a live blog or a long dossier)

Deterministic (fixed random seed), so figures are comparable between runs.
"""
import glob
import os
import random
import sys

MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
          "septembre", "octobre", "novembre", "décembre"]
NAMES = ["Goïta", "Traoré", "Keïta", "Diallo", "Coulibaly", "Sangaré", "Touré",
         "Maïga", "Cissé", "Konaté"]


def seeds():
    root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "seeds")
    return [open(p, encoding="utf-8").read() for p in sorted(glob.glob(os.path.join(root, "*.txt")))]


def rewrite(seeds, i, rng):
    story = i // 5
    t = seeds[i % 5].replace("Goïta", f"{NAMES[story % 10]}{story}")
    t = t.replace("juin", MONTHS[story % 12])
    return t.replace("officielle", rng.choice(["officielle", "de travail", "d’État"]))


def main():
    mode, size, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    rng = random.Random(7)
    s = seeds()
    if mode == "articles":
        os.makedirs(out, exist_ok=True)
        for i in range(size):
            with open(f"{out}/{i:05d}.txt", "w", encoding="utf-8") as f:
                f.write(rewrite(s, i, rng))
    elif mode == "article":
        parts, total, i = [], 0, 0
        while total < size:
            t = rewrite(s, i, rng)
            parts.append(t)
            total += len(t.encode("utf-8")) + 1
            i += 1
        with open(out, "w", encoding="utf-8") as f:
            f.write("\n".join(parts))
    else:
        sys.exit(f"unknown mode {mode!r}")


if __name__ == "__main__":
    main()
