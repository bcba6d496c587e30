"""Regenerate karussell/data/clubs.csv from tools/clubs_curated.txt and the openfootball team names
(run by hand during development; needs ../shared). Hand edits belong in clubs_curated.txt."""
from pathlib import Path
import csv, re, unicodedata
rows=[]; seen_alias={}
def slug(s):
    s=s.lower().translate(str.maketrans({"ä":"ae","ö":"oe","ü":"ue","ß":"ss"}))
    s=unicodedata.normalize("NFKD",s); s="".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]+","-",s).strip("-")
AMBIG={"Löwen","VfL","Eintracht","Fortuna","Dynamo","Borussia","Kickers","KSV","SVW","Club","Betzenberg","FCB","TSG"}
for line in open(Path(__file__).with_name('clubs_curated.txt'), encoding='utf-8'):
    if not line.strip() or line.startswith('#'): continue
    name,city,country,aliases,dem=[x.strip() for x in line.rstrip('\n').split(';')]
    al=[a for a in aliases.split('|') if a and a not in AMBIG and a!=name]
    rows.append(dict(id=slug(name),name=name,city=city,country=country,aliases=al,nicknames=[d for d in dem.split('|') if d]))
known={r['name'] for r in rows}|{a for r in rows for a in r['aliases']}
teams=set()
for m in csv.DictReader(open(Path(__file__).parents[1] / '../shared/data/openfootball-deutschland/matches.csv', encoding='utf-8')):
    if m['season']>='2019-20':
        for s in ('home','away'):
            teams.add((m[s+'_club'],m[s+'_team']))
extra={}
for club,team in sorted(teams):
    if club in known or team in known or club=='N.N.': continue
    clean=re.sub(r"\s*\(\d{4}-\d{4}\)","",club)
    extra.setdefault(clean,set()).add(team)
for name,alts in sorted(extra.items()):
    if name in known: continue
    rows.append(dict(id=slug(name),name=name,city='',country='DE',aliases=sorted(a for a in alts if a!=name and a not in known),nicknames=[]))
# uniqueness
owner={}
for r in rows:
    for a in [r['name']]+r['aliases']:
        if a in owner and owner[a]!=r['id']: print('DUP',a,owner[a],r['id'])
        owner[a]=r['id']
with open(Path(__file__).parents[1] / 'karussell/data/clubs.csv', 'w', newline='', encoding='utf-8') as f:
    w=csv.writer(f); w.writerow(['id','name','city','country','aliases','nicknames'])
    for r in rows: w.writerow([r['id'],r['name'],r['city'],r['country'],'|'.join(r['aliases']),'|'.join(r['nicknames'])])
print(len(rows))
