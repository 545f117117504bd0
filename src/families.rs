//! Wire-copy families: articles that share long passages are one source.
//!
//! Two outlets that print the same agency copy, lightly edited, are not two
//! independent witnesses. Each article's story text (boilerplate and header
//! lines left out) becomes a set of word shingles: runs of
//! [`FamilySettings::shingle_words`] consecutive words, folded (case,
//! accents, apostrophes). Two articles are of one family when they share at
//! least [`FamilySettings::min_passages`] separate passages (maximal runs of
//! shared shingles) and the shared shingles cover at least
//! [`FamilySettings::min_containment`] of the shorter article (containment,
//! not Jaccard: a short dispatch reprinted inside a long feature is still
//! copy). Families are the connected components of that relation.
//!
//! The settings come from the rules (`settings` of `rules/<lang>/*.json`),
//! with the defaults below.

use std::collections::{BTreeMap, HashMap, HashSet};

use serde::Serialize;

use crate::text::{Span, fold_key_cow};

/// Thresholds of wire-copy detection.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct FamilySettings {
    /// Words per shingle.
    pub shingle_words: usize,
    /// Separate shared passages needed.
    pub min_passages: usize,
    /// Share of the shorter article's shingles that must be shared.
    pub min_containment: f64,
}

impl Default for FamilySettings {
    fn default() -> Self {
        FamilySettings {
            shingle_words: 7,
            min_passages: 2,
            min_containment: 0.10,
        }
    }
}

impl FamilySettings {
    /// Read `families.shingle_words`, `families.min_passages` and
    /// `families.min_containment` from rule settings, keeping defaults for
    /// what is missing or out of range.
    pub fn from_settings(settings: &BTreeMap<String, f64>) -> Self {
        let mut s = FamilySettings::default();
        if let Some(&v) = settings.get("families.shingle_words")
            && (3.0..=50.0).contains(&v)
        {
            s.shingle_words = v as usize;
        }
        if let Some(&v) = settings.get("families.min_passages")
            && (1.0..=100.0).contains(&v)
        {
            s.min_passages = v as usize;
        }
        if let Some(&v) = settings.get("families.min_containment")
            && (0.0..=1.0).contains(&v)
        {
            s.min_containment = v;
        }
        s
    }
}

/// A shared passage between two articles: a run of consecutive shingles
/// of each, as ranges of shingle positions (shingle `i` covers words `i..i
/// + shingle_words` of the article's story text).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Passage {
    pub a: Span,
    pub b: Span,
}

/// Evidence that two articles share copy.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Link {
    pub a: usize,
    pub b: usize,
    pub passages: Vec<Passage>,
    /// Shared shingles over the shingles of the shorter article.
    pub containment: f64,
}

/// Articles that are one source.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Family {
    /// Article indices, sorted; a family of one is an independent source.
    pub members: Vec<usize>,
    /// The pairwise links that made the family.
    pub links: Vec<Link>,
}

/// Words of a text, folded for comparison, skipping ignored spans
/// (boilerplate, headers).
fn words<'t>(text: &'t str, ignored: &[Span]) -> Vec<std::borrow::Cow<'t, str>> {
    let ignored = crate::text::SpanSet::new(ignored.iter().copied());
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text
        .char_indices()
        .chain(std::iter::once((text.len(), ' ')))
    {
        let is_word = c.is_alphanumeric();
        match (start, is_word) {
            (None, true) => start = Some(i),
            (Some(s), false) => {
                if !ignored.overlaps(Span::new(s, i)) {
                    // Borrowed when already folded (most words).
                    out.push(fold_key_cow(&text[s..i]));
                }
                start = None;
            }
            _ => {}
        }
    }
    out
}

/// An article's wire-copy fingerprint: the hash of each run of `k`
/// consecutive words of its story text, in order. It is all that family
/// detection needs, so the text itself can be dropped after extraction (and
/// a shard's records carry it). The hash is FNV-1a over the folded words
/// (each followed by 0xff): stable across runs, machines and versions.
pub fn fingerprint(text: &str, ignored: &[Span], k: usize) -> Vec<u64> {
    let words = words(text, ignored);
    if words.len() < k || k == 0 {
        return Vec::new();
    }
    (0..=words.len() - k)
        .map(|i| {
            let mut h: u64 = 0xcbf2_9ce4_8422_2325;
            for w in &words[i..i + k] {
                for &b in w.as_bytes().iter().chain(&[0xff]) {
                    h ^= u64::from(b);
                    h = h.wrapping_mul(0x0100_0000_01b3);
                }
            }
            h
        })
        .collect()
}

/// Compare two articles' shingles (as [`fingerprint`]s or as shingle
/// numbers: only their equality counts): the shared passages and
/// containment.
fn link<T: Copy + Eq + std::hash::Hash>((a, sa): (usize, &[T]), (b, sb): (usize, &[T])) -> Link {
    let set_b: HashMap<T, usize, IdBuild> = sb.iter().enumerate().map(|(i, &h)| (h, i)).collect();
    let set_a: HashSet<T, IdBuild> = sa.iter().copied().collect();
    let shared = set_a.iter().filter(|h| set_b.contains_key(h)).count();
    let smaller = set_a
        .len()
        .min(sb.iter().collect::<HashSet<_>>().len())
        .max(1);
    // Maximal runs of consecutive shared shingles in `a` are passages.
    let mut passages = Vec::new();
    let mut i = 0;
    while i < sa.len() {
        if let Some(&j0) = set_b.get(&sa[i]) {
            let start = i;
            while i + 1 < sa.len() && set_b.contains_key(&sa[i + 1]) {
                i += 1;
            }
            let j1 = set_b[&sa[i]];
            let (lo, hi) = (j0.min(j1), j0.max(j1));
            passages.push(Passage {
                a: Span::new(start, i + 1),
                b: Span::new(lo, hi + 1),
            });
        }
        i += 1;
    }
    Link {
        a,
        b,
        passages,
        containment: shared as f64 / smaller as f64,
    }
}

/// A fast hasher for keys that are already hashes (shingle ids): SipHash
/// is wasted on them and dominated the run time on large folders.
#[derive(Default)]
struct IdHasher(u64);

impl std::hash::Hasher for IdHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0.rotate_left(5) ^ u64::from(b)).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
    fn write_u32(&mut self, n: u32) {
        // Shingle numbers are dense: spread them over the hash's top bits,
        // which hashbrown's probing reads.
        self.0 = u64::from(n).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    }
}

type IdBuild = std::hash::BuildHasherDefault<IdHasher>;

/// Group articles into families. `texts[i]` is article i's text and the
/// spans to ignore in it.
pub fn families(texts: &[(&str, &[Span])], settings: FamilySettings) -> Vec<Family> {
    let prints: Vec<Vec<u64>> = texts
        .iter()
        .map(|(t, ig)| fingerprint(t, ig, settings.shingle_words))
        .collect();
    families_of(prints, settings)
}

/// Shingles held by at least this many articles are checked for being
/// settled (see [`families_of`]); shorter lists cost less to count.
const SETTLE_MIN_ARTICLES: usize = 16;

/// The inverted index of [`families_of`]: distinct shingles numbered in
/// hash order, each article's shingles by number in text order, and each
/// shingle's articles in one flat array (a sorted array of (hash,
/// article) pairs searched by bisection cost ~23 cache misses per lookup
/// and was most of the time of a 5 000-article run).
///
/// It is a large run's largest structure after the claims, so it is
/// compact: numbers are `u32` (4 bytes a shingle where a hash takes 8),
/// the fingerprints are numbered in place and then narrowed (the hashes
/// are not kept beside the numbers), and every array is allocated at its
/// size rather than grown by doubling.
struct Postings {
    /// Article -> its shingles' numbers, in text order (its fingerprint
    /// with each hash replaced by its number: equal numbers are equal
    /// hashes, so passages traced on them are those of the hashes).
    seq: Vec<Vec<u32>>,
    /// Article -> its number of distinct shingles.
    distinct: Vec<u32>,
    /// `articles[starts[s]..starts[s + 1]]`: the articles holding shingle
    /// `s`, ascending.
    articles: Vec<u32>,
    starts: Vec<u32>,
}

impl Postings {
    fn new(prints: Vec<Vec<u64>>) -> Self {
        // Every (shingle, article) pair, sorted, numbers the shingles. All
        // the pairs at once were the peak of a large run's memory (16
        // bytes a pair: 115 MB for 20 000 articles), so they are sorted
        // in slices of the hash range, in ascending order: the numbering
        // and lists are the same, a slice's pairs at a time.
        let total: usize = prints.iter().map(|p| p.len()).sum();
        Self::in_slices(prints, (total / (1 << 19)).clamp(1, 256))
    }

    /// [`Postings::new`] sorting the pairs in `slices` (rounded up to a
    /// power of two) passes.
    fn in_slices(mut prints: Vec<Vec<u64>>, slices: usize) -> Self {
        let slices = slices.next_power_of_two();
        let bits = slices.trailing_zeros();
        // The slice of a hash: its top `bits` bits. Numbers written in
        // place of hashes are below 2^32, so they fall in slice 0, which
        // is sorted first and never read again.
        let slice_of = |h: u64| h.checked_shr(64 - bits).unwrap_or(0) as usize;
        let total: usize = prints.iter().map(|p| p.len()).sum();
        let mut per_slice = vec![0usize; slices];
        for p in &prints {
            for &h in p {
                per_slice[slice_of(h)] += 1;
            }
        }
        let mut distinct = vec![0u32; prints.len()];
        let mut articles: Vec<u32> = Vec::with_capacity(total);
        let mut starts: Vec<u32> = Vec::with_capacity(total + 1);
        let mut pairs: Vec<(u64, u32, u32)> =
            Vec::with_capacity(per_slice.iter().copied().max().unwrap_or(0));
        for (slice, &size) in per_slice.iter().enumerate() {
            pairs.clear();
            pairs.reserve(size);
            for (doc, set) in prints.iter().enumerate() {
                for (pos, &h) in set.iter().enumerate() {
                    if slice_of(h) == slice {
                        pairs.push((h, doc as u32, pos as u32));
                    }
                }
            }
            pairs.sort_unstable();
            let mut last = None;
            for &(h, doc, pos) in &pairs {
                if last != Some(h) {
                    starts.push(articles.len() as u32);
                    last = Some(h);
                }
                let number = (starts.len() - 1) as u32;
                prints[doc as usize][pos as usize] = u64::from(number);
                if articles.last() != Some(&doc) || starts.last() == Some(&(articles.len() as u32))
                {
                    articles.push(doc);
                    distinct[doc as usize] += 1;
                }
            }
        }
        drop(pairs);
        starts.push(articles.len() as u32);
        articles.shrink_to_fit();
        starts.shrink_to_fit();
        // Narrowed one article at a time: the wide copy of each is freed
        // as its narrow one is made.
        let seq = prints
            .into_iter()
            .map(|p| p.into_iter().map(|n| n as u32).collect())
            .collect();
        Postings {
            seq,
            distinct,
            articles,
            starts,
        }
    }

    fn articles_with(&self, shingle: u32) -> &[u32] {
        let s = shingle as usize;
        &self.articles[self.starts[s] as usize..self.starts[s + 1] as usize]
    }

    fn shingles(&self) -> usize {
        self.starts.len() - 1
    }
}

/// Group articles into families from their [`fingerprint`]s.
///
/// Candidate pairs come from an inverted index (each distinct shingle's
/// articles, one flat array with offsets), so unrelated articles cost
/// nothing; shared passages are only traced for pairs whose containment
/// passes the threshold and that are not yet known to be one family.
///
/// A shingle printed by many articles (reprinted wire copy) would make
/// this quadratic: each of its articles would count it against all the
/// others. Once all the articles holding such a shingle are one family it
/// is *settled*: its counts could only decide pairs already joined, so it
/// is skipped from then on. Families and links are exactly those of
/// counting every shingle.
pub fn families_of(prints: Vec<Vec<u64>>, settings: FamilySettings) -> Vec<Family> {
    let n = prints.len();
    let index = Postings::new(prints);
    let mut parent: Vec<usize> = (0..n).collect();
    fn root(p: &mut [usize], mut x: usize) -> usize {
        while p[x] != x {
            p[x] = p[p[x]];
            x = p[x];
        }
        x
    }
    let mut links = Vec::new();
    let mut shared = vec![0usize; n];
    // Per shingle: the number of joins when it was last found unsettled,
    // or SETTLED.
    const SETTLED: u32 = u32::MAX;
    const NEVER: u32 = u32::MAX - 1;
    let mut checked_at = vec![NEVER; index.shingles()];
    let mut joins: u32 = 0;
    let mut mine: Vec<u32> = Vec::new();
    for a in 0..n {
        // Shared shingle counts with every later article.
        mine.clear();
        mine.extend_from_slice(&index.seq[a]);
        mine.sort_unstable();
        mine.dedup();
        let mut touched = Vec::new();
        let mut long = Vec::new();
        for &s in &mine {
            let with = index.articles_with(s);
            if with.len() >= SETTLE_MIN_ARTICLES {
                if checked_at[s as usize] == SETTLED {
                    continue;
                }
                long.push(s);
            }
            for &b in with {
                let b = b as usize;
                if b > a {
                    if shared[b] == 0 {
                        touched.push(b);
                    }
                    shared[b] += 1;
                }
            }
        }
        touched.sort_unstable();
        for b in touched {
            let count = std::mem::take(&mut shared[b]);
            let smaller = index.distinct[a].min(index.distinct[b]).max(1);
            let containment = count as f64 / f64::from(smaller);
            if containment < settings.min_containment {
                continue;
            }
            if root(&mut parent, a) == root(&mut parent, b) {
                continue;
            }
            let l = link((a, &index.seq[a]), (b, &index.seq[b]));
            if l.passages.len() >= settings.min_passages {
                let (ra, rb) = (root(&mut parent, a), root(&mut parent, b));
                parent[ra.max(rb)] = ra.min(rb);
                links.push(l);
                joins += 1;
            }
        }
        // Shingles whose articles are now all one family are settled
        // (an unsettled one is checked again only after a join).
        for s in long {
            if checked_at[s as usize] == joins {
                continue;
            }
            let ra = root(&mut parent, a);
            if index
                .articles_with(s)
                .iter()
                .all(|&b| root(&mut parent, b as usize) == ra)
            {
                checked_at[s as usize] = SETTLED;
            } else {
                checked_at[s as usize] = joins;
            }
        }
    }
    let mut groups: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for i in 0..n {
        let r = root(&mut parent, i);
        groups.entry(r).or_default().push(i);
    }
    groups
        .into_values()
        .map(|members| {
            let links = links
                .iter()
                .filter(|l| members.binary_search(&l.a).is_ok())
                .cloned()
                .collect();
            Family { members, links }
        })
        .collect()
}

/// The family index of each article.
pub fn family_of(families: &[Family], n: usize) -> Vec<usize> {
    let mut out = vec![0; n];
    for (fi, f) in families.iter().enumerate() {
        for &m in &f.members {
            if m < n {
                out[m] = fi;
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn postings_sorted_in_slices_are_the_same() {
        // Pseudo-random hashes over the whole range, shared by articles.
        let mut x: u64 = 0x9e37_79b9_7f4a_7c15;
        let mut next = || {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x
        };
        let pool: Vec<u64> = (0..400).map(|_| next()).collect();
        let prints: Vec<Vec<u64>> = (0..30)
            .map(|_| (0..60).map(|_| pool[(next() % 400) as usize]).collect())
            .collect();
        let one = Postings::in_slices(prints.clone(), 1);
        assert!(one.shingles() > 300);
        // Numbers stand for hashes one to one, in hash order.
        let mut seen: BTreeMap<u64, u32> = BTreeMap::new();
        for (p, q) in prints.iter().zip(&one.seq) {
            assert_eq!(p.len(), q.len());
            for (&h, &n) in p.iter().zip(q) {
                assert_eq!(*seen.entry(h).or_insert(n), n);
            }
        }
        let numbers: Vec<u32> = seen.values().copied().collect();
        assert_eq!(numbers, (0..numbers.len() as u32).collect::<Vec<_>>());
        for (a, q) in one.seq.iter().enumerate() {
            let mut d = q.clone();
            d.sort_unstable();
            d.dedup();
            assert_eq!(one.distinct[a] as usize, d.len());
            for s in d {
                assert!(one.articles_with(s).contains(&(a as u32)));
            }
        }
        for slices in [2, 8, 256] {
            let many = Postings::in_slices(prints.clone(), slices);
            assert_eq!(many.seq, one.seq);
            assert_eq!(many.distinct, one.distinct);
            assert_eq!(many.articles, one.articles);
            assert_eq!(many.starts, one.starts);
        }
    }

    const WIRE: &str = "Le groupe est désormais remplacé par Africa Corps, une autre organisation sous le contrôle du ministère de la défense russe. Ces dernières semaines, les attaques djihadistes se sont multipliées dans le pays, ciblant notamment des camps et des postes de contrôle de l'armée.";

    #[test]
    fn lightly_edited_wire_copy_is_one_family() {
        let a = format!("Le président est arrivé lundi à Paris. {WIRE}");
        let b = format!(
            "Une autre introduction, écrite par une autre rédaction. {}",
            WIRE.replace("djihadistes", "jihadistes")
                .replace("Ces dernières", "Ces  dernières")
        );
        let c = "Un article sans rapport, sur la pêche en Bretagne et le prix du poisson au marché de Quimper cette semaine.";
        let fams = families(&[(&a, &[]), (&b, &[]), (c, &[])], FamilySettings::default());
        assert_eq!(fams.len(), 2);
        assert_eq!(fams[0].members, vec![0, 1]);
        assert!(fams[0].links[0].passages.len() >= 2, "{:?}", fams[0].links);
        assert_eq!(fams[1].members, vec![2]);
    }

    #[test]
    fn many_reprints_are_one_family_with_one_link_each() {
        // More copies than SETTLE_MIN_ARTICLES, two stories: the settled
        // shingles must neither join the stories nor lose a link.
        let other = "Un article sans rapport, sur la pêche en Bretagne et le prix du poisson au marché de Quimper cette semaine, puis sur la météo du week-end.";
        let texts: Vec<String> = (0..40)
            .map(|i| {
                // A word changed mid-text: two shared passages.
                if i % 2 == 0 {
                    WIRE.replace("dernières", &format!("dernières {i}"))
                } else {
                    other.replace("poisson", &format!("poisson {i}"))
                }
            })
            .collect();
        let refs: Vec<(&str, &[Span])> = texts.iter().map(|t| (t.as_str(), &[][..])).collect();
        let fams = families(&refs, FamilySettings::default());
        assert_eq!(fams.len(), 2);
        assert_eq!(fams[0].members, (0..40).step_by(2).collect::<Vec<_>>());
        assert_eq!(fams[0].links.len(), 19);
        assert_eq!(fams[1].members, (1..40).step_by(2).collect::<Vec<_>>());
    }

    #[test]
    fn a_shared_quote_is_not_a_family() {
        let quote = "« Le terrorisme est un instrument politique de déstabilisation », a-t-il dit.";
        let a = format!(
            "Le ministre a parlé longuement à la tribune de l'assemblée. {quote} Puis il est parti vers le nord du pays."
        );
        let b = format!(
            "À Genève, la conférence a réuni trente délégations venues de tout le continent. {quote} Les débats ont repris dans l'après-midi."
        );
        let fams = families(&[(&a, &[]), (&b, &[])], FamilySettings::default());
        assert_eq!(
            fams.len(),
            2,
            "one shared sentence is a quote, not wire copy"
        );
    }

    #[test]
    fn ignored_spans_do_not_count() {
        let boiler = "Abonnez-vous à notre newsletter pour recevoir chaque matin toute l'actualité du continent africain et du monde.";
        let a = format!("Premier texte original sur un sujet local.\n{boiler}\n{boiler}");
        let b = format!("Second texte original sur un autre sujet.\n{boiler}\n{boiler}");
        let ia = [Span::new(a.find("Abonnez").unwrap(), a.len())];
        let ib = [Span::new(b.find("Abonnez").unwrap(), b.len())];
        let fams = families(&[(&a, &ia), (&b, &ib)], FamilySettings::default());
        assert_eq!(fams.len(), 2);
    }

    #[test]
    fn settings_are_read_and_bounded() {
        let mut m = BTreeMap::new();
        m.insert("families.shingle_words".to_string(), 9.0);
        m.insert("families.min_containment".to_string(), 7.0);
        let s = FamilySettings::from_settings(&m);
        assert_eq!(s.shingle_words, 9);
        assert_eq!(s.min_containment, FamilySettings::default().min_containment);
    }
}
