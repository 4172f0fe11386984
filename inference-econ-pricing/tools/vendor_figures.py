#!/usr/bin/env python3
"""Writes the vendor figures of the shared reference set (vendor-figures/figures.json, items 1 to
5) into the bundled price catalogs: google.json (Gemini API), google-vertex.json (Vertex AI),
amazon-bedrock.json, azure-openai.json and Together's serverless prices in together.json.

Run from the repository root: python3 inference-econ-pricing/tools/vendor_figures.py FIGURES
Each card keeps its figure's URL, date, tier and the copy it was read from; nothing is derived but
the unit (per 1,000 to per 1,000,000 tokens, done in the reference set). Models already in a
document keep their metadata; their cards are replaced by the figures' cards.
"""
import collections
import json
import re
import sys

OD = collections.OrderedDict
RES = 'inference-econ-pricing/src/main/resources/io/github/inferenceecon/pricing/'
PUBLISHED = '2026-12-06'


def num(v):
    text = repr(float(v))
    if text.endswith('.0'):
        text = text[:-2]
    if 'e' in text:
        text = format(float(v), 'f').rstrip('0').rstrip('.')
    return text


def kind(field):
    """(rate, long) for a figure's field, or None when it is not a token rate we keep."""
    f = field.lower()
    if 'storage' in f or 'audio' in f or 'non-global' in f or 'rule' in f:
        return None
    long = '>200k' in f.replace(' ', '')
    if f.startswith('batch input'):
        return ('batchInput', long)
    if f.startswith('batch output'):
        return ('batchOutput', long)
    if f.startswith('cache write 1h'):
        return ('write1h', long)
    if f.startswith('cache write'):
        return ('write5m', long)
    if f.startswith('cached input') or f.startswith('cache read') or f.startswith('cache hit'):
        return ('cachedInput', long)
    if f.startswith('output thinking'):
        return ('reasoning', long)
    if f.startswith('output'):
        return ('output', long)
    if f.startswith('input'):
        return ('input', long)
    return None


def rates(figs):
    """The rates of figures of one mode: base and above 200K."""
    base, long = OD(), OD()
    for r in figs:
        k = kind(r['field'])
        if k is None:
            continue
        (long if k[1] else base)[k[0]] = num(r['value'])
    return base, long


def rate_block(r):
    out = OD()
    for key in ('input', 'output', 'cachedInput'):
        if key in r:
            out[key] = r[key]
    writes = []
    if 'write5m' in r:
        writes.append(OD([('ttl', 'PT5M'), ('price', r['write5m'])]))
    if 'write1h' in r:
        writes.append(OD([('ttl', 'PT1H'), ('price', r['write1h'])]))
    if writes:
        out['cacheWrites'] = writes
    if 'reasoning' in r:
        out['reasoning'] = r['reasoning']
    return out


def card(figs, tiers=None, effective_from=None, effective_until=None, extra_note=None,
         long_rule=True):
    """One card from a model's figures of one source; tiers maps a tier name to figures."""
    first = figs[0]
    base, long = rates(figs)
    c = OD()
    if effective_from:
        c['effectiveFrom'] = effective_from
    else:
        c['listedOn'] = first['date']
    if effective_until:
        c['effectiveUntil'] = effective_until
    c['tier'] = first['tier']
    src = OD([('url', first['url']), ('sourceDate', first['date'])])
    if first.get('copy'):
        src['copy'] = first['copy']
    c['source'] = src
    batch = OD()
    if 'batchInput' in base:
        batch['input'] = base.pop('batchInput')
    if 'batchOutput' in base:
        batch['output'] = base.pop('batchOutput')
    c.update(rate_block(base))
    if long and long_rule:
        lc = OD([('aboveInputTokens', 200000), ('appliesTo', 'ALL_TOKENS')])
        merged = dict(base)
        merged.update(long)
        lc.update(rate_block(merged))
        c['longContext'] = lc
    service = OD()
    if len(batch) == 2:
        service['batch'] = batch
    for name, tfigs in (tiers or {}).items():
        if not tfigs:
            continue
        tb, _ = rates(tfigs)
        tb.pop('batchInput', None)
        tb.pop('batchOutput', None)
        if 'input' in tb and 'output' in tb:
            service[name] = rate_block(tb)
    if service:
        c['serviceTiers'] = service
    notes = []
    for r in figs:
        for part in (r.get('provenance'), r.get('dateBasis'), r.get('note')):
            if part and part not in notes:
                notes.append(part)
    if extra_note:
        notes.append(extra_note)
    c['note'] = '; '.join(notes)
    return c


def model(existing, mid, name, cards, aliases=(), note=None):
    m = existing.get(mid)
    if m is None:
        m = OD([('id', mid), ('name', name)])
        if aliases:
            m['aliases'] = list(aliases)
    else:
        for a in aliases:
            if a not in m.setdefault('aliases', []):
                m['aliases'].append(a)
    if note and not m.get('note'):
        m['note'] = note
    m['cards'] = cards
    return m


def load(name):
    return json.load(open(RES + name), object_pairs_hook=OD)


def save(name, doc):
    doc['publishedOn'] = PUBLISHED
    ordered = OD([('schemaVersion', doc['schemaVersion']), ('publishedOn', PUBLISHED)])
    for k, v in doc.items():
        ordered.setdefault(k, v)
    open(RES + name, 'w').write(json.dumps(ordered, indent=2, ensure_ascii=False) + '\n')


def by(recs, item, product, **where):
    out = [r for r in recs if r['item'] == item and r['product'] == product]
    for k, v in where.items():
        out = [r for r in out if r.get(k) == v]
    return out


def gemini_api(recs):
    doc = load('google.json')
    existing = OD((m['id'], m) for m in doc['models'])
    ended = 'page marks the model shut down on 2026-06-01 (effectiveUntil)'
    products = [
        ('Gemini 2.5 Pro', 'gemini-2.5-pro', 'Gemini 2.5 Pro', None),
        ('Gemini 2.5 Flash', 'gemini-2.5-flash', 'Gemini 2.5 Flash', None),
        ('Gemini 2.5 Flash-Lite', 'gemini-2.5-flash-lite', 'Gemini 2.5 Flash-Lite', None),
        ('Gemini 2.0 Flash', 'gemini-2.0-flash', 'Gemini 2.0 Flash', '2026-06-01'),
        ('Gemini 2.0 Flash-Lite', 'gemini-2.0-flash-lite', 'Gemini 2.0 Flash-Lite', '2026-06-01'),
        ('Gemini 3.1 Pro Preview', 'gemini-3.1-pro-preview', 'Gemini 3.1 Pro Preview', None),
        ('Gemini 3 Flash Preview', 'gemini-3-flash-preview', 'Gemini 3 Flash Preview', None),
        ('Gemini 3.5 Flash', 'gemini-3.5-flash', 'Gemini 3.5 Flash', None),
        ('Gemini 3.1 Flash-Lite', 'gemini-3.1-flash-lite', 'Gemini 3.1 Flash-Lite', None),
    ]
    models = []
    for product, mid, name, until in products:
        prim = [r for r in by(recs, '1', product) if r['tier'] == 'PRIMARY']
        cards = []
        sec = [r for r in by(recs, '1', product) if r['tier'] == 'SECONDARY']
        if sec and any(kind(r['field']) and kind(r['field'])[0] == 'input' for r in sec):
            cards.append(card(sec))
        std = [r for r in prim if r['mode'] == 'Standard']
        tiers = OD([('batch', [r for r in prim if r['mode'] == 'Batch']),
                    ('flex', [r for r in prim if r['mode'] == 'Flex']),
                    ('priority', [r for r in prim if r['mode'] == 'Priority'])])
        note = ('Long-context (>200K prompt) rates apply to every token of the request, as the '
                'Vertex AI page states for the 2.5 family; the page gives batch, flex and '
                'priority long-context rates too, which are not modelled (a named tier above '
                '200K input is unpriced)')
        if not any(kind(r['field']) and kind(r['field'])[1] for r in std):
            note = None
        extra = '; '.join(x for x in (ended if until else None, note) if x) or None
        cards.append(card(std, tiers, effective_until=until, extra_note=extra))
        if until and len(cards) == 2:
            cards[0]['effectiveUntil'] = until
        models.append(model(existing, mid, name, cards))
    flash_preview = by(recs, '1', 'Gemini 2.5 Flash Preview (04-17)')
    models.append(model(existing, 'gemini-2.5-flash-preview-04-17',
                        'Gemini 2.5 Flash Preview (04-17)', [card(flash_preview)]))
    doc['models'] = models
    doc['provider']['note'] = ('Prices from the Gemini Developer API pricing page (last '
                               'updated 2026-06-02), read from a verbatim capture; see each '
                               'card. Historical preview prices are secondary.')
    doc.pop('gaps', None)
    save('google.json', doc)


def vertex(recs):
    doc = load('google-vertex.json')
    existing = OD((m['id'], m) for m in doc['models'])
    models = []
    gem = [('Gemini 3.1 Pro Preview', 'gemini-3.1-pro-preview'),
           ('Gemini 3 Pro Preview', 'gemini-3-pro-preview'),
           ('Gemini 3 Flash Preview', 'gemini-3-flash-preview'),
           ('Gemini 3.1 Flash-Lite', 'gemini-3.1-flash-lite'),
           ('Gemini 2.5 Pro', 'gemini-2.5-pro'), ('Gemini 2.5 Flash', 'gemini-2.5-flash'),
           ('Gemini 2.5 Flash-Lite', 'gemini-2.5-flash-lite'),
           ('Gemini 2.0 Flash', 'gemini-2.0-flash'),
           ('Gemini 2.0 Flash-Lite', 'gemini-2.0-flash-lite')]
    for product, mid in gem:
        figs = by(recs, '2', product)
        std = [r for r in figs if r['mode'] == 'Standard']
        fb = [r for r in figs if r['mode'] in ('Flex/Batch', 'Batch')]
        tiers = OD([('batch', fb), ('flex', [r for r in figs if r['mode'] == 'Flex/Batch']),
                    ('priority', [r for r in figs if r['mode'] == 'Priority'])])
        note = ('non-global endpoint prices (from 2026-07-01) are not modelled; long-context '
                'rule from the page: all tokens at the long-context rate when input >200K')
        models.append(model(existing, mid, product, [card(std, tiers, extra_note=note)]))
    claude = [('Claude Opus 4.7 / 4.6 / 4.5 (on Vertex)', ['claude-opus-4-7', 'claude-opus-4-6',
                                                           'claude-opus-4-5'],
               'Claude Opus 4.6 / 4.5 (on Vertex)'),
              ('Claude Sonnet 4.6 / 4.5 (on Vertex)', ['claude-sonnet-4-6', 'claude-sonnet-4-5'],
               'Claude Sonnet 4.6 / 4.5 (on Vertex)'),
              ('Claude Haiku 4.5 (on Vertex)', ['claude-haiku-4-5'],
               'Claude Haiku 4.5 (on Vertex)'),
              ('Claude Opus 4.1 / Opus 4 (on Vertex)', ['claude-opus-4-1', 'claude-opus-4'], None),
              ('Claude Sonnet 4 (on Vertex)', ['claude-sonnet-4'], None),
              ('Claude 3.5 Haiku (deprecated) (on Vertex)', ['claude-3-5-haiku'], None)]
    for product, ids, regional in claude:
        figs = by(recs, '2', product, region='global endpoint') or by(
            recs, '2', product, region='all regions (uniform)')
        reg = by(recs, '2', regional, region='regional (us-east5, europe-west1, '
                 'asia-southeast1)') if regional else []
        for mid in ids:
            if mid == 'claude-opus-4-7' and reg:
                tiers = {}
            else:
                tiers = OD([('regional', reg)]) if reg else {}
            models.append(model(existing, mid, product.replace(' (on Vertex)', ''),
                                [card(figs, tiers)]))
    others = [('Llama 3.3 70B (on Vertex)', 'llama-3.3-70b-instruct'),
              ('Llama 4 Scout (on Vertex)', 'llama-4-scout-17b-16e-instruct'),
              ('Llama 4 Maverick (on Vertex)', 'llama-4-maverick-17b-128e-instruct'),
              ('gpt-oss-120b (on Vertex)', 'gpt-oss-120b'),
              ('DeepSeek-V3.2 (on Vertex)', 'deepseek-v3.2'),
              ('Mistral Medium 3 (on Vertex)', 'mistral-medium-3'),
              ('Mistral Small 3.1 (25.03) (on Vertex)', 'mistral-small-3.1'),
              ('Codestral 2 (on Vertex)', 'codestral-2')]
    for product, mid in others:
        models.append(model(existing, mid, product.replace(' (on Vertex)', ''),
                            [card(by(recs, '2', product))]))
    doc['models'] = models
    doc.pop('gaps', None)
    save('google-vertex.json', doc)


def bedrock(recs):
    doc = load('amazon-bedrock.json')
    existing = OD((m['id'], m) for m in doc['models'])
    page = '2025-07-20'
    repo = '2026-10-05'
    third = '2026-03-04'

    def figs(product, date, region=None):
        out = [r for r in recs if r['item'] == '3' and r['product'] == product
               and r['date'] == date]
        if region is not None:
            out = [r for r in out if (r.get('region') == region)]
        return out

    entries = [
        ('nova-micro', 'Amazon Nova Micro', [('Amazon Nova Micro', page)], None),
        ('nova-lite', 'Amazon Nova Lite', [('Amazon Nova Lite', page)], None),
        ('nova-pro', 'Amazon Nova Pro', [('Amazon Nova Pro', page)],
         ('latency-optimized', 'Amazon Nova Pro (latency-optimized)')),
        ('nova-premier', 'Amazon Nova Premier', [('Amazon Nova Premier', page),
                                                 ('Amazon Nova Premier', third)], None),
        ('claude-opus-4', 'Claude Opus 4', [('Claude Opus 4', page)], None),
        ('claude-sonnet-4', 'Claude Sonnet 4', [('Claude Sonnet 4', page)], None),
        ('claude-3-7-sonnet', 'Claude 3.7 Sonnet', [('Claude 3.7 Sonnet', page)], None),
        ('claude-3-5-sonnet-v2', 'Claude 3.5 Sonnet v2', [('Claude 3.5 Sonnet v2', page)], None),
        ('claude-3-5-haiku', 'Claude 3.5 Haiku', [('Claude 3.5 Haiku', page)], None),
        ('claude-3-haiku', 'Claude 3 Haiku', [('Claude 3 Haiku', page)], None),
        ('claude-haiku-4-5', 'Claude Haiku 4.5', [('Claude Haiku 4.5', repo)], None),
        ('claude-sonnet-4-6', 'Claude Sonnet 4.6', [('Claude Sonnet 4.6', repo)], None),
        ('claude-opus-4-8', 'Claude Opus 4.8', [('Claude Opus 4.8', repo)], None),
        ('claude-sonnet-5', 'Claude Sonnet 5', [('Claude Sonnet 5', repo)], None),
        ('claude-opus-4-6', 'Claude Opus 4.6', [('Claude Opus 4.6', third)], None),
        ('llama-4-maverick-17b-instruct', 'Llama 4 Maverick 17B',
         [('Llama 4 Maverick 17B', page), ('Llama 4 Maverick', third)], None),
        ('llama-4-scout-17b-instruct', 'Llama 4 Scout 17B',
         [('Llama 4 Scout 17B', page), ('Llama 4 Scout', third)], None),
        ('llama-3.3-70b-instruct', 'Llama 3.3 Instruct 70B',
         [('Llama 3.3 Instruct 70B', page), ('Llama 3.3 70B', third)], None),
        ('llama-3.2-1b-instruct', 'Llama 3.2 Instruct 1B', [('Llama 3.2 Instruct 1B', page)], None),
        ('llama-3.2-3b-instruct', 'Llama 3.2 Instruct 3B', [('Llama 3.2 Instruct 3B', page)], None),
        ('llama-3.2-11b-instruct', 'Llama 3.2 Instruct 11B', [('Llama 3.2 Instruct 11B', page)],
         None),
        ('llama-3.2-90b-instruct', 'Llama 3.2 Instruct 90B', [('Llama 3.2 Instruct 90B', page)],
         None),
        ('llama-3.1-8b-instruct', 'Llama 3.1 Instruct 8B', [('Llama 3.1 Instruct 8B', page)], None),
        ('llama-3.1-70b-instruct', 'Llama 3.1 Instruct 70B', [('Llama 3.1 Instruct 70B', page)],
         ('latency-optimized', 'Llama 3.1 Instruct 70B (latency-optimized)')),
        ('llama-3.1-405b-instruct', 'Llama 3.1 Instruct 405B', [('Llama 3.1 Instruct 405B', page)],
         ('latency-optimized', 'Llama 3.1 Instruct 405B (latency-optimized)')),
        ('llama-3-8b-instruct', 'Llama 3 Instruct 8B', [('Llama 3 Instruct 8B', page)], None),
        ('llama-3-70b-instruct', 'Llama 3 Instruct 70B', [('Llama 3 Instruct 70B', page)], None),
        ('pixtral-large-2502', 'Pixtral Large (25.02)', [('Pixtral Large (25.02) (Mistral)', page)],
         None),
        ('deepseek-r1', 'DeepSeek-R1', [('DeepSeek-R1', page)], None),
        ('mistral-large-3', 'Mistral Large 3', [('Mistral Large 3', third)], None),
    ]
    models = []
    for mid, name, sources, latency in entries:
        cards = []
        for product, date in sources:
            f = figs(product, date)
            if date == repo:
                glob = [r for r in f if 'global' in r['field']]
                geo = [r for r in f if 'geo' in r['field']]
                c = card(glob, OD([('geo-cross-region', geo)]), extra_note=(
                    'global cross-Region (and bare id) rates; the geo cross-Region (us./eu.) '
                    'rates are the service tier geo-cross-region'))
            else:
                tiers = OD()
                if latency:
                    tiers[latency[0]] = figs(latency[1], page)
                c = card(f, tiers)
            cards.append(c)
        primary = [c for c in cards if c['tier'] == 'PRIMARY']
        secondary = [c for c in cards if c['tier'] == 'SECONDARY']
        models.append(model(existing, mid, name, primary + secondary))
    doc['models'] = models
    doc.pop('gaps', None)
    save('amazon-bedrock.json', doc)


def azure(recs):
    doc = load('azure-openai.json')
    existing = OD((m['id'], m) for m in doc['models'])
    products = [('gpt-4o (2024-11-20)', 'gpt-4o', ['gpt-4o-2024-11-20']),
                ('gpt-4o-mini (2024-07-18)', 'gpt-4o-mini', ['gpt-4o-mini-2024-07-18']),
                ('gpt-4.1', 'gpt-4.1', []), ('gpt-4.1-mini', 'gpt-4.1-mini', []),
                ('gpt-4.1-nano', 'gpt-4.1-nano', []),
                ('o3 (2025-04-16)', 'o3', ['o3-2025-04-16']),
                ('o4-mini (2025-04-16)', 'o4-mini', ['o4-mini-2025-04-16']),
                ('gpt-5', 'gpt-5', []), ('gpt-5-mini', 'gpt-5-mini', []),
                ('gpt-5-nano', 'gpt-5-nano', [])]
    models = []
    for product, mid, aliases in products:
        f = by(recs, '4', product)
        glob = [r for r in f if r['deployment'] == 'Global']
        dz = [r for r in f if r['deployment'] == 'Data Zone']
        reg = [r for r in f if r['deployment'] == 'Regional']
        eff = glob[0]['effective']
        m = re.fullmatch(r'(\d{4}-\d\d-\d\d)(?: \(regional (\d{4}-\d\d-\d\d)\))?', eff)
        tiers = OD([('data-zone', dz), ('regional', reg)])
        note = ('Global deployment rates; Data Zone and Regional deployments are the service '
                'tiers data-zone and regional; Microsoft\'s meter effectiveStartDate: ' + eff)
        c = card(glob, tiers, effective_from=m.group(1) if m else None, extra_note=note)
        dzb = OD()
        for r in dz:
            k = kind(r['field'])
            if k and k[0] in ('batchInput', 'batchOutput'):
                dzb['input' if k[0] == 'batchInput' else 'output'] = num(r['value'])
        if len(dzb) == 2:
            c.setdefault('serviceTiers', OD())['data-zone-batch'] = dzb
        models.append(model(existing, mid, mid, [c], aliases))
    doc['models'] = models
    doc.pop('gaps', None)
    save('azure-openai.json', doc)


def together(recs):
    doc = load('together.json')
    existing = OD((m['id'], m) for m in doc['models'])
    serverless = [r for r in recs if r['item'] == '5' and 'GPU' not in r['unit']]
    products = OD()
    for r in serverless:
        products.setdefault(r['product'], []).append(r)
    for product, figs in products.items():
        fixed = [dict(r, field=r['field'].replace(' (serverless)', '')) for r in figs]
        c = card(fixed, extra_note='serverless price from a third-party registry (secondary)')
        m = existing.get(product)
        if m is None:
            m = OD([('id', product), ('cards', [])])
            doc['models'].append(m)
            existing[product] = m
        m['cards'] = [x for x in m.get('cards', []) if x.get('tier') != 'SECONDARY'] + [c]
    save('together.json', doc)


def main():
    recs = json.load(open(sys.argv[1]))
    gemini_api(recs)
    vertex(recs)
    bedrock(recs)
    azure(recs)
    together(recs)


if __name__ == '__main__':
    main()
