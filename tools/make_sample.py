#!/usr/bin/env python3
"""Write `exit_nb/data/hotpotqa_sample.json`: a tiny, fully invented HotpotQA-style dataset.

    python tools/make_sample.py            # (re)writes the file; output is byte-identical every run

Everything here is made up for this project: the countries, towns, rivers, people, bands, companies and
films are fictional, and the text is produced from the templates below (nothing is copied from HotpotQA).
The records follow the ORIGINAL HotpotQA layout:

    {"_id", "question", "answer", "type": "bridge"|"comparison", "level": "easy"|"medium"|"hard",
     "supporting_facts": [[title, sent_id], ...], "context": [[title, [sentence, ...]], ...]}

Each record has 10 paragraphs (2 gold + 8 distractors, shuffled), 3-6 sentences per paragraph, the
first sentence without and every later one with a single leading space, as in HotpotQA.
A small consistent "world" is generated first (one paragraph per entity, like a Wikipedia lead), then
questions are asked about it. Each answer-bearing fact is stated in exactly one sentence of its paragraph.
Only the standard library is used; randomness comes from `random.Random(0)`.
"""
import json, random, re
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / 'exit_nb' / 'data' / 'hotpotqa_sample.json'
SEED = 0

# ---------------------------------------------------------------- name pools (all invented)
COUNTRIES = ['Veloria', 'Marrenth', 'Duravia', 'Tolmark', 'Qesland', 'Ishvaran']
REGIONS = ['Harrowdeep', 'Lower Quell', 'Brennmoor', 'Saltreach', 'Upper Vask', 'Ostrel Plain',
           'Kestwold', 'Mirrowdale', 'Tarn Coast', 'Greyfen', 'Cauldmoor', 'Sallowgate']
DISTRICTS = ['Amberly', 'Corran', 'Dunmow Vale', 'Eskerby', 'Fallowmere', 'Gorrin', 'Haverlit']
TOWN_PRE = ['Quor', 'Zan', 'Thrim', 'Okk', 'Brel', 'Mirv', 'Yarr', 'Fenw', 'Hask', 'Pyl', 'Rusk', 'Tav',
            'Drom', 'Kell', 'Sorv', 'Ulv']
TOWN_SUF = ['vale', 'wick', 'by', 'mere', 'stead', 'holm', 'brae', 'kirk', 'ness', 'thorpe']
RIVER_STEMS = ['Sarnel', 'Ostrey', 'Quillan', 'Dovra', 'Merrow', 'Teskel', 'Abbren', 'Lunnet', 'Corrim',
               'Haldra', 'Peskel', 'Vennow']
TRIBS = ['Ambry Beck', 'Cressel', 'Linnow Water', 'Sorrelburn', 'Twell', 'Orrin Brook']
MOUTHS = ['Lake Orvenn', 'the Gulf of Sessk', 'Lake Tamsel', 'the Narrow Sea', 'the Bay of Quenn']
FIRST_M = ['Aldric', 'Berend', 'Casimor', 'Dovan', 'Eskil', 'Florin', 'Gethin', 'Halvard', 'Joren',
           'Lucan', 'Matthis', 'Oswin', 'Perrin', 'Tobin']
FIRST_F = ['Anneke', 'Brisa', 'Calla', 'Dagny', 'Elowen', 'Fenna', 'Hedda', 'Ilsabet', 'Juna', 'Linnea',
           'Maren', 'Odile', 'Rosalind', 'Siv']
SUR_PRE = ['Quill', 'Varn', 'Pell', 'Dun', 'Gray', 'Holl', 'Ost', 'Marr', 'Tess', 'Brack', 'Wyn', 'Kettle',
           'Sorr', 'Lamb', 'Cobb', 'Aud']
SUR_SUF = ['marsh', 'hold', 'wether', 'strove', 'beck', 'ling', 'ard', 'ett', 'ley', 'crane']
BAND_ADJ = ['Tinfoil', 'Brindled', 'Saltglass', 'Mothlit', 'Cinderbox', 'Quilted', 'Lanternjaw',
            'Sleepwalk', 'Marrowbone', 'Paperweight', 'Hollowreed', 'Sugarkiln']
BAND_NOUN = ['Choir', 'Orchard', 'Ferrymen', 'Comets', 'Parade', 'Signal', 'Cartographers', 'Gardeners',
             'Machine', 'Lighthouse']
CO_PRE = ['Nuvari', 'Zephrel', 'Holmgard', 'Brannik', 'Verdal', 'Castrel', 'Orvane', 'Kestrin', 'Tamblor',
          'Quenley']
INDUSTRIES = ['textile', 'shipbuilding', 'software', 'optics', 'ceramics', 'brewing', 'paper',
              'food-processing', 'bicycle', 'precision-instrument']
CO_SUF = {'textile': 'Textiles', 'shipbuilding': 'Shipyards', 'software': 'Systems', 'optics': 'Optics',
          'ceramics': 'Ceramics', 'brewing': 'Brewery', 'paper': 'Paper Mills', 'food-processing': 'Foods',
          'bicycle': 'Cycle Works', 'precision-instrument': 'Instruments'}
PRODUCTS = {'textile': 'Tarnweave wool blanket', 'shipbuilding': 'Gull-class ferry', 'software': 'Ledgerwise accounting suite',
            'optics': 'Farsight field binocular', 'ceramics': 'Bluefen dinner service', 'brewing': 'Old Kettle dark ale',
            'paper': 'Vellumo drawing pad', 'food-processing': 'Harvest Crumb oat biscuit',
            'bicycle': 'Roadlark touring bicycle', 'precision-instrument': 'Marlin tide gauge'}
FILM_TITLES = ["The Ferryman's Ledger", 'Salt in the Orchard', 'The Quiet Cartographer', "The Glassblower's Almanac",
               'Seven Kettles', 'Moth Season', 'The Orchard Clockmaker', 'Under the Tinfoil Moon', 'The Brass Ferry',
               'Nightwater', 'A Harbour of Hours', 'The Cinder Waltz', 'Paper Lighthouse', 'Four Bells for Halda']
FILM_GENRES = ['drama', 'comedy', 'thriller', 'war drama', 'musical', 'crime film', 'romantic comedy', 'mystery film']
FILM_TOPICS = ['a ferryman who loses his licence', 'two sisters running a failing bakery',
               'a surveyor mapping a flooded valley', 'a retired clockmaker and his estranged son',
               'a travelling choir stranded by snow', 'a young lawyer defending a lighthouse keeper',
               'a widow who inherits a bankrupt circus', 'three schoolfriends reunited after a shipwreck']
FILM_QUALITY = ['cinematography', 'restrained performances', 'score', 'screenplay', 'use of natural light']
AWARDS = ['Silver Heron Awards', 'National Film Circle Awards', 'Quenmouth Festival', 'Golden Lamp Awards']
GENRES = ['folk', 'post-punk', 'indie pop', 'jazz-rock', 'synth-pop', 'shoegaze', 'bluegrass', 'art rock',
          'chamber pop', 'garage rock']
BAND_TRAITS = ['their long improvised live sets', 'close vocal harmonies', 'lyrics about coastal life',
               'unusual brass arrangements', 'a stripped-down acoustic sound', 'theatrical stage shows']
PROFESSIONS = ['painter', 'novelist', 'poet', 'sculptor', 'architect', 'composer', 'chemist', 'journalist',
               'botanist', 'photographer', 'stage actor', 'historian']
PROF2 = ['teacher', 'translator', 'radio presenter', 'illustrator', 'set designer', 'magazine editor']
SUBJECTS = ['law', 'chemistry', 'music', 'fine art', 'engineering', 'philosophy', 'agriculture', 'history']
INSTS = ['Castrel Institute', 'Academy of Applied Arts', 'Norrow College', 'University of the Western Marches',
         'Brannock Polytechnic', 'Hallam Conservatory']
PRIZES = ['Halberd Prize', 'Ambery Medal', 'Silver Quill Award', 'Tessaly Prize', 'Grand Lantern Award']
TRADES = ['fishermen', 'weavers', 'clockmakers', 'schoolteachers', 'farmers', 'printers']
TAILS = ['whose work often deals with rural life', 'known for an experimental style',
         'who has received several national honours', 'best known for work produced in mid-career']
TOWN_SIZES = ['town', 'market town', 'small town', 'port town', 'spa town', 'mill town']
TOWN_FEATURES = ['covered market', 'medieval bridge', 'salt springs', 'clock tower', 'annual horse fair',
                 'old tanneries', 'lace-making tradition', 'Gothic church']
ECONOMIES = ['farming and tourism', 'light industry', 'fishing', 'timber and paper', 'the wool trade', 'river freight']
RAIL_LINES = ['Northern Coast', 'Vask Valley', 'Grand Trunk', 'Saltreach Branch', 'Fenland']
RIVER_FEATURES = ['clear water', 'steep gorges', 'wide flood meadows', 'many oxbow lakes', 'old water mills']
FISH = ['brown trout', 'grayling', 'eels', 'river lamprey', 'pike']
MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
          'November', 'December']

# ---------------------------------------------------------------- sentence templates
# (template, keys it states). Each key of an entity is stated in exactly one sentence of its paragraph.
# Fillers: {topic: [variants]}; at most one variant per topic.
T = dict(
person=dict(
    intro=[('{name} (born {byear}) is a {prof} {tail}.', ['byear']),
           ('{name} (born {bday} {byear} in {btown}) is a {prof}.', ['byear', 'btown']),
           ('{name} is a {prof} {tail}.', []),
           ('{name} is a {prof} from {btown}.', ['btown']),
           ('{name} is a {prof} and former {prof2}.', [])],
    body=[('{Pron} was born in {btown} in {byear}.', ['btown', 'byear']),
          ('Born in {btown} in {byear}, {pron} moved away as a teenager.', ['btown', 'byear']),
          ('{Pron} was born on {bday} {byear} in {btown}.', ['btown', 'byear']),
          ('A native of {btown}, {pron} was raised by {his} grandparents.', ['btown']),
          ('{Pron} was born and grew up in {btown}.', ['btown']),
          ('{Pron} was born in {byear} to a family of {trade}.', ['byear']),
          ('{Pron} was born in {byear}.', ['byear'])],
    fill=dict(study=['{Pron} studied {subject} at the {inst}.', '{Pron} trained at the {inst}.'],
              settle=['{Pron} later settled in {settled}.', 'Since middle age {pron} has lived in {settled}.'],
              prize=['In {prize_year}, {pron} received the {prize}.', '{Pron} won the {prize} in {prize_year}.'],
              spouse=['{Pron} is married to the {prof2} {spouse}.', '{His} partner is the {prof2} {spouse}.'],
              early=['{His} early work attracted little attention.', '{His} first success came relatively late.'],
              teach=['For several years {pron} also worked as a {prof2}.'])),
town=dict(
    intro=[('{name} is a {size} in the {region} region of {country}.', ['country']),
           ('{name} is a {size} on the {river} in {country}.', ['river', 'country']),
           ('{name} is a {size} on the banks of the {river}.', ['river']),
           ('{name} is a {size} and the administrative seat of {district} District.', []),
           ('{name} is a historic {size} known for its {feature}.', [], 'feature')],
    body=[('It lies in the {region} region of {country}.', ['country']),
          ('Administratively, the {size2} belongs to the {region} province of {country}.', ['country']),
          ('The {size2} is part of {region}, a province of {country}.', ['country']),
          ('It lies on the {river}, which is crossed there by {nbridges} bridges.', ['river']),
          ('The {river} runs through the centre of the {size2}.', ['river']),
          ('The {size2} grew up around an old ford on the {river}.', ['river']),
          ('It stands on the {river} in the {region} region of {country}.', ['river', 'country'])],
    fill=dict(pop=['As of the {census} census, the population was {pop}.', 'It has about {pop} inhabitants.'],
              rec=['The settlement was first recorded in {firstrec}.', 'It received a market charter in {firstrec}.'],
              feature=['The {size2} is known for its {feature}.', 'Visitors come mainly for its {feature}.'],
              econ=['Its economy is based largely on {economy}.'],
              rail=['A station on the {rail} line opened there in {railyear}.'],
              twin=['{name} is twinned with {twin}.'])),
river=dict(
    intro=[('The {name} is a river in {country}.', ['country']),
           ('The {name} is a river of {country}, {length} km in length.', ['country', 'length']),
           ('The {name} is a {length}-kilometre river in the {region} region of {country}.', ['country', 'length']),
           ('The {name} is a {length} km long river.', ['length']),
           ('The {name} is a slow, meandering river known for its {feature}.', [], 'feature')],
    body=[('It flows entirely within {country}.', ['country']),
          ('The river lies wholly in {country}, draining part of the {region} region.', ['country']),
          ('Its whole course lies in the {region} region of {country}.', ['country']),
          ('It is {length} km long.', ['length']),
          ('The river has a total length of {length} km.', ['length']),
          ('Its course measures some {length} kilometres.', ['length']),
          ('It rises in the hills above {source} and flows {dir}.', ['source']),
          ('Its source lies near {source}.', ['source']),
          ('From its source near {source}, it runs {length} km before ending in {mouth}.', ['source', 'length'], 'mouth')],
    fill=dict(mouth=['It empties into {mouth}.', 'Its waters finally reach {mouth}.'],
              trib=['Its main tributary is the {trib}.', 'The {trib} joins it from the {side}.'],
              nav=['The river is navigable by small boats for part of its course.',
                   'Several weirs and old mills line its lower course.'],
              feature=['It is known for its {feature}.'],
              fish=['The river is noted for its {fish}.', 'Anglers visit it for {fish}.'])),
band=dict(
    intro=[('{name} are a {genre} band from {origin}.', ['origin']),
           ('{name} is a {genre} group formed in {origin} in {formed}.', ['origin', 'formed']),
           ('{name} is a {genre} band known for {trait}.', [], 'style'),
           ('{name} is a {nmem}-piece {genre} band.', []),
           ('{name} were a {genre} band formed in {formed}.', ['formed'])],
    body=[('The band was formed in {origin} in {formed}.', ['origin', 'formed']),
          ('They formed in {formed} in {origin}, after meeting at {meet}.', ['origin', 'formed']),
          ('The group came together in {formed}, when its members met at {meet}.', ['formed']),
          ('The band was founded in {formed}.', ['formed']),
          ('They are based in {origin}.', ['origin']),
          ('The group\'s members all grew up in {origin}.', ['origin'])],
    fill=dict(albums=['They have released {nalb} studio albums.',
                      'Their debut album, {album}, appeared {k} years after they started.'],
              members=['The line-up includes {member} on vocals and {member2} on drums.'],
              style=['Their sound mixes {genre} with {genre2}.', 'Critics have praised {trait}.'],
              tour=['They have toured widely across the {region} region.'],
              chart=['Their single "{song}" reached number {rank} on the national chart.'])),
company=dict(
    intro=[('{name} is a {industry} company headquartered in {hq}.', ['hq']),
           ('{name} is a {industry} business founded in {founded}.', ['founded']),
           ('{name} is a {industry} firm.', []),
           ('{name} is a privately held company in the {industry} sector.', []),
           ('{name} is a {industry} company founded by {founder}.', ['founder'])],
    body=[('The company was founded in {founded}.', ['founded']),
          ('It was established in {founded}.', ['founded']),
          ('It was founded in {founded} by {founder}.', ['founded', 'founder']),
          ('{founder} established the company in {founded}.', ['founded', 'founder']),
          ('It was founded by {founder}.', ['founder']),
          ('The firm was started by the {fprof} {founder}.', ['founder']),
          ('Its headquarters are in {hq}.', ['hq']),
          ('The company is based in {hq}.', ['hq']),
          ('It is headquartered in {hq}, where it also runs its main plant.', ['hq'])],
    fill=dict(emp=['It employs about {emp} people.', 'The firm has a workforce of some {emp}.'],
              product=['Its best-known product is the {product}.'],
              branch=['The company opened its first foreign branch in {branch_year}.'],
              ceo=['Today it is run by {ceo}.', 'Its current chief executive is {ceo}.'],
              size=['It is one of the largest employers in its region.'])),
film=dict(
    intro=[('{name} is a {release} {genre} directed by {director}.', ['release', 'director']),
           ('{name} is a {genre} directed by {director}.', ['director']),
           ('{name} is a {release} {genre}.', ['release']),
           ('{name} is a {genre} set in {setting}.', [], 'setting'),
           ('{name} is a {genre} about {topic}.', [], 'topic')],
    body=[('It was directed by {director}.', ['director']),
          ('The film was written and directed by {director}.', ['director']),
          ('{director} directed it from a screenplay by {writer}.', ['director']),
          ('It was released in {release}.', ['release']),
          ('The film premiered in {release}.', ['release']),
          ('It opened in cinemas in {release}.', ['release']),
          ('It was directed by {director} and released in {release}.', ['director', 'release'])],
    fill=dict(cast=['It stars {actor1} and {actor2}.', 'The cast is led by {actor1}.'],
              setting=['The story is set in {setting}.', 'It was shot on location in {setting}.'],
              topic=['The plot follows {topic}.'],
              awards=['It received {nnom} nominations at the {award}.'],
              reception=['It was a modest box-office success.', 'Critics praised its {quality}.'],
              runtime=['The film runs for {runtime} minutes.'])),
)
KEYS = dict(person=['btown', 'byear'], town=['country', 'river'], river=['country', 'length', 'source'],
            band=['origin', 'formed'], company=['founded', 'founder', 'hq'], film=['director', 'release'])

def _fmt(tmpl, v):
    s = re.sub(r'\ba (?=[aeiou]|8)', 'an ', tmpl.format(**v))   # 'a optics firm' -> 'an optics firm'
    return s[0].upper() + s[1:]

def build_paragraph(rng, kind, v):
    "Sentences + the keys each states, for one entity; every key value appears only in its own sentence."
    t, keys = T[kind], KEYS[kind]
    guard = {k: str(v[k]) for k in keys}
    for _ in range(200):
        intro = rng.choice(t['intro'])
        used_topics = list(intro[2:])
        left = [k for k in keys if k not in intro[1]]
        body = []
        while left:
            cands = [b for b in t['body'] if b[1] and all(k in left for k in b[1])]
            b = rng.choice(cands)
            body.append(b); used_topics += list(b[2:])
            left = [k for k in left if k not in b[1]]
        n = rng.randint(max(3, 1 + len(body)), 6)
        topics = [tp for tp in t['fill'] if tp not in used_topics]
        fills = [(rng.choice(t['fill'][tp]), []) for tp in rng.sample(topics, n - 1 - len(body))]
        rest = body + fills
        rng.shuffle(rest)
        sents = [(_fmt(tm[0], v), tm[1]) for tm in [intro] + rest]
        ok = all((guard[k] in s) == (k in ks) for s, ks in sents for k in keys)
        if ok: return sents
    raise RuntimeError(f'could not build paragraph for {v["name"]}')

# ---------------------------------------------------------------- the world
def build_world(rng):
    W = dict(town={}, river={}, person={}, band={}, company={}, film={})
    region_of = {c: REGIONS[2 * i:2 * i + 2] for i, c in enumerate(COUNTRIES)}
    def person_name(taken):
        while True:
            g = rng.choice('mf')
            pre, suf = rng.choice(SUR_PRE), rng.choice(SUR_SUF)
            n = f"{rng.choice(FIRST_M if g == 'm' else FIRST_F)} {pre}{suf}"
            if n not in taken and pre[-1] != suf[0]: taken.add(n); return n, g   # no 'Pellling'
    # rivers: 12, two per country, distinct lengths
    lengths = rng.sample(range(41, 640), 12)
    for i, stem in enumerate(RIVER_STEMS):
        c = COUNTRIES[i % len(COUNTRIES)]
        W['river'][f'{stem} River'] = dict(name=f'{stem} River', country=c, region=rng.choice(region_of[c]),
                                          length=lengths[i])
    rivers = list(W['river'].values())
    # towns: 30; the first 12 guarantee each river has a town on it
    combos = [p + s for p in TOWN_PRE for s in TOWN_SUF]
    tnames = rng.sample(combos, 30)
    for i, tn in enumerate(tnames):
        r = rivers[i] if i < len(rivers) else rng.choice(rivers)
        W['town'][tn] = dict(name=tn, country=r['country'], region=rng.choice(region_of[r['country']]), river=r['name'])
    towns = list(W['town'].values())
    for r in rivers: r['source'] = rng.choice([t['name'] for t in towns if t['river'] == r['name']])
    # people: 8 film directors, 8 company founders, 20 others
    taken = set()
    roles = ['director'] * 8 + ['founder'] * 8 + ['other'] * 20
    for role in roles:
        n, g = person_name(taken)
        bt = rng.choice(towns)['name']
        W['person'][n] = dict(name=n, g=g, role=role, btown=bt, byear=rng.randint(1921, 1979),
                              settled=rng.choice([t['name'] for t in towns if t['name'] != bt]))
    persons = list(W['person'].values())
    extra = [person_name(taken)[0] for _ in range(110)]    # spouses, actors, writers: not entities
    directors = [p for p in persons if p['role'] == 'director']
    founders = [p for p in persons if p['role'] == 'founder']
    # films: 14; directors 0-3 get extra films so "same director" questions exist
    release_years = rng.sample(range(1968, 2022), len(FILM_TITLES))
    for i, ft in enumerate(FILM_TITLES):
        d = directors[i] if i < len(directors) else directors[(i - len(directors)) % 4]
        yr = max(release_years[i], d['byear'] + 26)
        while any(f['release'] == yr for f in W['film'].values()): yr += 1
        W['film'][ft] = dict(name=ft, director=d['name'], release=yr)
    # companies: one per founder
    for i, f in enumerate(founders):
        ind = INDUSTRIES[i]
        cn = f'{CO_PRE[i]} {CO_SUF[ind]}'
        fy = f['byear'] + rng.randint(24, 42)
        while any(c['founded'] == fy for c in W['company'].values()): fy += 1
        W['company'][cn] = dict(name=cn, industry=ind, founder=f['name'], founded=fy, hq=rng.choice(towns)['name'])
    # bands: 10, distinct formation years
    badjs, bnouns = rng.sample(BAND_ADJ, 10), rng.sample(BAND_NOUN, 10)
    fyears = rng.sample(range(1961, 2014), 10)
    for i in range(10):
        bn = f'{badjs[i]} {bnouns[i]}' if rng.random() < 0.6 else f'The {badjs[i]} {bnouns[i]}'
        W['band'][bn] = dict(name=bn, origin=rng.choice(towns)['name'], formed=fyears[i])
    # paragraphs
    ex = iter(extra)
    P = {}
    for p in persons:
        he = p['g'] == 'm'
        prof = dict(director='film director', founder=rng.choice(['entrepreneur', 'industrialist', 'engineer'])).get(
            p['role'], rng.choice(PROFESSIONS))
        p['prof'] = prof
        v = dict(p, pron='he' if he else 'she', Pron='He' if he else 'She', his='his' if he else 'her',
                 His='His' if he else 'Her', prof=prof, prof2=rng.choice(PROF2), tail=rng.choice(TAILS),
                 bday=f'{rng.randint(1, 28)} {rng.choice(MONTHS)}', trade=rng.choice(TRADES),
                 subject=rng.choice(SUBJECTS), inst=rng.choice(INSTS), prize=rng.choice(PRIZES),
                 prize_year=p['byear'] + rng.randint(31, 44), spouse=next(ex))
        P[p['name']] = ('person', build_paragraph(rng, 'person', v))
    for t in towns:
        v = dict(t, size=rng.choice(TOWN_SIZES), district=rng.choice(DISTRICTS), feature=rng.choice(TOWN_FEATURES),
                 nbridges=rng.choice(['two', 'three', 'four', 'five']), census=rng.choice([2001, 2011, 2021]),
                 pop=f'{rng.randint(2100, 48000):,}', firstrec=rng.randint(1088, 1460), economy=rng.choice(ECONOMIES),
                 rail=rng.choice(RAIL_LINES), railyear=rng.randint(1849, 1912),
                 twin=rng.choice([o['name'] for o in towns if o['name'] != t['name']]))
        v['size2'] = 'town'
        P[t['name']] = ('town', build_paragraph(rng, 'town', v))
    for r in rivers:
        v = dict(r, feature=rng.choice(RIVER_FEATURES), mouth=rng.choice(MOUTHS), trib=rng.choice(TRIBS),
                 side=rng.choice(['north', 'south', 'east', 'west']), fish=rng.choice(FISH),
                 dir=rng.choice(['northwards', 'southwards', 'eastwards', 'westwards']))
        P[r['name']] = ('river', build_paragraph(rng, 'river', v))
    for b in W['band'].values():
        g1, g2 = rng.sample(GENRES, 2)
        v = dict(b, genre=g1, genre2=g2, trait=rng.choice(BAND_TRAITS), nmem=rng.choice(['three', 'four', 'five']),
                 meet=rng.choice(['art school', 'a summer music camp', 'a local record shop', 'university']),
                 nalb=rng.choice(['three', 'four', 'five', 'six', 'seven']), k=rng.choice(['two', 'three', 'four']),
                 album=rng.choice(['Low Tide Radio', 'Kettle Songs', 'North of the Weir', 'Paper Boats', 'Salt Hymns',
                                   'Lanterns Out']), member=next(ex), member2=next(ex),
                 region=rng.choice(REGIONS), song=rng.choice(['Harbour Lights', 'Cold Meridian', 'Tin Roof',
                                                                'Swallow Weather', 'Dry Stone']),
                 rank=rng.randint(3, 38))
        P[b['name']] = ('band', build_paragraph(rng, 'band', v))
    for c in W['company'].values():
        v = dict(c, fprof=W['person'][c['founder']]['prof'], emp=f'{rng.randint(180, 9500):,}',
                 product=PRODUCTS[c['industry']], branch_year=c['founded'] + rng.randint(6, 30), ceo=next(ex))
        P[c['name']] = ('company', build_paragraph(rng, 'company', v))
    for f in W['film'].values():
        v = dict(f, genre=rng.choice(FILM_GENRES), setting=rng.choice(towns)['name'], topic=rng.choice(FILM_TOPICS),
                 writer=next(ex), actor1=next(ex), actor2=next(ex), nnom=rng.choice(['two', 'three', 'five']),
                 award=rng.choice(AWARDS), quality=rng.choice(FILM_QUALITY), runtime=rng.randint(84, 151))
        P[f['name']] = ('film', build_paragraph(rng, 'film', v))
    return W, P

# ---------------------------------------------------------------- questions
def sent_with(P, title, key):
    return next(i for i, (_, ks) in enumerate(P[title][1]) if key in ks)

def make_questions(rng, W, P):
    "Yields (question, answer, type, supporting [(title, sid)], gold titles, guards, hard distractors, pool kinds)"
    persons_other = [p for p in W['person'].values() if p['role'] == 'other']
    used = set()
    def pick(items, n=1, cond=lambda x: True):
        c = [x for x in items if x['name'] not in used and cond(x)]
        out = rng.sample(c, n)
        used.update(x['name'] for x in out)
        return out
    def name_support(winner, loser, key):
        sf = [(winner, sent_with(P, winner, key)), (loser, sent_with(P, loser, key))]
        if winner not in P[winner][1][sf[0][1]][0]: sf.insert(0, (winner, 0))
        return sf
    def maybe_intro(sf):
        t0 = sf[0][0]
        if all(s != 0 for t, s in sf if t == t0) and rng.random() < 0.35: sf.insert(0, (t0, 0))
        return sf
    Q = []
    for _ in range(4):   # person -> birth town -> country
        p, = pick(persons_other); t = W['town'][p['btown']]
        q = rng.choice(['In which country is the town where {p} was born located?',
                        '{p} was born in a town located in which country?',
                        'Which country is home to the birthplace of the {prof} {p}?']).format(p=p['name'], prof=p['prof'])
        sf = maybe_intro([(p['name'], sent_with(P, p['name'], 'btown')), (t['name'], sent_with(P, t['name'], 'country'))])
        hard = [p['settled']]   # the town the person later moved to: a tempting wrong country
        Q.append((q, t['country'], 'bridge', sf, [p['name'], t['name']],
                  {p['name']: t['name'], t['name']: t['country']}, hard, ['person', 'town', 'town']))
    for _ in range(4):   # band -> home town -> river
        b, = pick(W['band'].values()); t = W['town'][b['origin']]
        q = rng.choice(['Which river flows through the hometown of the band {b}?',
                        'The band {b} comes from a town on which river?',
                        'On which river is the home town of {b}?']).format(b=b['name'])
        sf = maybe_intro([(b['name'], sent_with(P, b['name'], 'origin')), (t['name'], sent_with(P, t['name'], 'river'))])
        Q.append((q, t['river'], 'bridge', sf, [b['name'], t['name']], {b['name']: t['name'], t['name']: t['river']},
                  [], ['band', 'town', 'river'], [t['river']]))
    for _ in range(3):   # film -> director -> birth year
        f, = pick(W['film'].values()); d = W['person'][f['director']]
        q = rng.choice(['In what year was the director of {f} born?',
                        'The director of the film {f} was born in which year?',
                        'When was the director of {f} born?']).format(f=f['name'])
        sf = maybe_intro([(f['name'], sent_with(P, f['name'], 'director')), (d['name'], sent_with(P, d['name'], 'byear'))])
        Q.append((q, str(d['byear']), 'bridge', sf, [f['name'], d['name']],
                  {f['name']: d['name'], d['name']: str(d['byear'])}, [], ['film', 'person', 'film']))
    for _ in range(3):   # company -> founder -> birth town
        c, = pick(W['company'].values()); p = W['person'][c['founder']]
        q = rng.choice(['In which town was the founder of {c} born?',
                        '{c} was founded by a person born in which town?',
                        'What is the birthplace of the founder of {c}?']).format(c=c['name'])
        sf = maybe_intro([(c['name'], sent_with(P, c['name'], 'founder')), (p['name'], sent_with(P, p['name'], 'btown'))])
        Q.append((q, p['btown'], 'bridge', sf, [c['name'], p['name']],
                  {c['name']: p['name'], p['name']: p['btown']}, [p['settled'], c['hq']], ['company', 'person', 'town']))
    for kind, key, n, qs in [
            ('band', 'formed', 2, [('Which band was formed earlier, {a} or {b}?', min),
                                   ('Which band formed more recently, {a} or {b}?', max)]),
            ('company', 'founded', 2, [('Which company was founded first, {a} or {b}?', min),
                                       ('Which company is younger, {a} or {b}?', max)]),
            ('film', 'release', 2, [('Which film was released more recently, {a} or {b}?', max),
                                    ('Which film came out first, {a} or {b}?', min)])]:
        for _ in range(n):
            a, b = pick(W[kind].values(), 2)
            tmpl, fn = rng.choice(qs)
            win = fn([a, b], key=lambda x: x[key]); lose = b if win is a else a
            Q.append((tmpl.format(a=a['name'], b=b['name']), win['name'], 'comparison',
                      name_support(win['name'], lose['name'], key), [a['name'], b['name']],
                      {a['name']: str(a[key]), b['name']: str(b[key])}, [],
                      [kind, kind] + (['person'] if kind == 'film' else ['town'])))
    rivers = list(W['river'].values())
    for same in [True, False]:   # are A and B both rivers in Z?
        a, = pick(rivers)
        b, = pick(rivers, cond=lambda r: (r['country'] == a['country']) == same)
        q = rng.choice(['Are the {a} and the {b} both rivers in {z}?',
                        'Do the {a} and the {b} both flow in {z}?']).format(a=a['name'], b=b['name'], z=a['country'])
        Q.append((q, 'yes' if same else 'no', 'comparison',
                  [(a['name'], sent_with(P, a['name'], 'country')), (b['name'], sent_with(P, b['name'], 'country'))],
                  [a['name'], b['name']], {a['name']: a['country'], b['name']: b['country']}, [], ['river', 'town']))
    a, b = pick(rivers, 2)   # which river is longer?
    tmpl, fn = rng.choice([('Which river is longer, the {a} or the {b}?', max),
                           ('Which is the shorter river, the {a} or the {b}?', min)])
    win = fn([a, b], key=lambda r: r['length']); lose = b if win is a else a
    Q.append((tmpl.format(a=a['name'], b=b['name']), win['name'], 'comparison',
              name_support(win['name'], lose['name'], 'length'), [a['name'], b['name']],
              {a['name']: str(a['length']), b['name']: str(b['length'])}, [], ['river', 'town']))
    films = list(W['film'].values())
    by_dir = {}
    for f in films: by_dir.setdefault(f['director'], []).append(f)
    dname = rng.choice(sorted(k for k, v in by_dir.items() if len(v) >= 2))
    fa, fb = rng.sample(by_dir[dname], 2)
    q = rng.choice(['Were {a} and {b} directed by the same person?',
                    'Do the films {a} and {b} share a director?']).format(a=fa['name'], b=fb['name'])
    Q.append((q, 'yes', 'comparison', [(fa['name'], sent_with(P, fa['name'], 'director')),
                                       (fb['name'], sent_with(P, fb['name'], 'director'))],
              [fa['name'], fb['name']], {fa['name']: dname, fb['name']: dname}, [dname], ['film', 'person']))
    return Q

def make_record(rng, i, q, W, P):
    question, answer, qtype, sf, gold, guards, hard, kinds = q[:8]
    exclude = set(gold) | set(q[8] if len(q) > 8 else [])
    distract = [h for h in hard if h not in exclude][:3]
    pool = sorted(t for t, (k, _) in P.items() if k in kinds and t not in exclude and t not in distract)
    # weight the pool by the kinds list (a kind listed twice is drawn about twice as often)
    while len(distract) < 8:
        k = rng.choice(kinds)
        c = [t for t in pool if P[t][0] == k and t not in distract]
        if c: distract.append(rng.choice(c))
    titles = gold + distract
    rng.shuffle(titles)
    context = [[t, [s if j == 0 else ' ' + s for j, (s, _) in enumerate(P[t][1])]] for t in titles]
    # each answer-bearing value is stated only in the supporting sentence(s) of its gold paragraph
    sup = {(t, s) for t, s in sf}
    for t, val in guards.items():
        for j, (s, _) in enumerate(P[t][1]):
            assert (val in s) == ((t, j) in sup) or j == 0 and val not in s, (question, t, j, s, val)
    return {'_id': f'exitsample{i:04d}', 'question': question, 'answer': answer, 'type': qtype,
            'level': rng.choice(['easy', 'medium', 'medium', 'hard']),
            'supporting_facts': [[t, s] for t, s in sf], 'context': context}

def main():
    rng = random.Random(SEED)
    W, P = build_world(rng)
    Q = make_questions(rng, W, P)
    rng.shuffle(Q)
    recs = [make_record(rng, i + 1, q, W, P) for i, q in enumerate(Q)]
    assert len(recs) == 24
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(recs, indent=1, ensure_ascii=False) + '\n', encoding='utf-8')
    print(f'wrote {len(recs)} records to {OUT} ({OUT.stat().st_size:,} bytes)')

if __name__ == '__main__': main()
