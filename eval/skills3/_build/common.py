import os, re
from lib import *

P = os.path.join
BI = {'Stop': 'AMAZON.StopIntent', 'Cancel': 'AMAZON.CancelIntent', 'Help': 'AMAZON.HelpIntent',
      'Fallback': 'AMAZON.FallbackIntent', 'Yes': 'AMAZON.YesIntent', 'No': 'AMAZON.NoIntent',
      'Next': 'AMAZON.NextIntent', 'Pause': 'AMAZON.PauseIntent', 'Resume': 'AMAZON.ResumeIntent'}


def req(r):
    """'L' -> launch; 'Stop' -> AMAZON.StopIntent; 'Intent a=b|c=d' -> intent with slots; '!REASON' -> SessionEnded"""
    if r == 'L':
        return 'launch'
    if r.startswith('!'):
        return ('end', r[1:] or 'USER_INITIATED')
    name, _, rest = r.partition(' ')
    name = BI.get(name, name)
    slots = {}
    if rest:
        for kv in rest.split('|'):
            k, _, v = kv.partition('=')
            slots[k.strip()] = v.strip() or None
    return ('I', name, slots)


def turns(spec):
    out = []
    for t in spec:
        say, r, sp = t[0], t[1], t[2]
        rp = t[3] if len(t) > 3 else None
        end = t[4] if len(t) > 4 else None
        kw = t[5] if len(t) > 5 else {}
        out.append(T(req(r), say=say, speech=sp, reprompt=rp, end=end, **kw))
    return out


def S(cid, loc, seed, start, spec, **kw):
    return Sess(loc, cid, cid + seed, start, turns(spec), **kw)


def EP(cid):
    fn = cid.split('-', 1)[1]
    return f"arn:aws:lambda:us-east-1:{int(hx(fn,8),16)%10**12:012d}:function:{fn}"


def record(cdir, cid, shape, path, sessions, **kw):
    """Write sessions in one recording shape."""
    ss = sessions if isinstance(sessions, list) else [sessions]
    p = P(cdir, path)
    if shape == 'envelope':
        for s in ss:
            w_envelopes(cdir, path, s)
    elif shape == 'pairs-jsonl':
        w_pairs_jsonl(p, ss)
    elif shape == 'pairs-array':
        w_pairs_array(p, ss)
    elif shape == 'smapi-simulation':
        for s in ss:
            w_smapi(cdir, path, s, EP(cid), single=kw.get('single'))
    elif shape == 'smapi-invocation':
        for s in ss:
            w_smapi_invoke(cdir, path, s, EP(cid))
    elif shape == 'ask-dialog':
        w_dialog(cdir, path, kw['out'], ss[0], EP(cid), out_style=kw.get('style', 'skill-io'))
    elif shape == 'cloudwatch-text':
        w_cw_text(p, ss, **{k: v for k, v in kw.items() if k in ('runtime', 'req_kw', 'resp_kw')})
    elif shape == 'cloudwatch-json':
        w_cw_json(p, ss, group='/aws/lambda/' + cid.split('-', 1)[1], **{k: v for k, v in kw.items() if k in ('runtime', 'req_kw', 'resp_kw')})
    elif shape == 'har':
        w_har(p, ss, kw.get('url', f"https://{cid.split('-',1)[1]}.example-skills.net/alexa"))
    elif shape == 'transcript':
        w_transcript(p, ss[0], header=kw.get('header', ''))
    elif shape == 'jest-snapshot':
        w_jest_snapshot(p, ss[0])
    elif shape == 'cloudwatch-multiline':
        w_cw_multiline(p, ss)
    elif shape == 'csv-transcript':
        w_csv_transcript(p, ss[0], delim=kw.get('delim', ','))
    else:
        raise ValueError(shape)


def mk(cid, loc, cats, why, name, inv, desc, examples, category, intents, recs, privacy=None,
       perms=(), child=False, types=(), lambda_js=None, lambda_py=None, terms=None,
       builtins=True, fallback=False, uses_pi=None, purchases=False, interfaces=None, extra_locales=None,
       account_linking=False):
    """recs: list of (shape, path, sessions, kwargs?)"""
    shapes = []
    for r in recs:
        if r[0] not in shapes:
            shapes.append(r[0])
    cdir = label(cid, cats, loc, shapes, why)
    fn = cid.split('-', 1)[1]
    locs = {loc: dict(name=name, description=desc, examples=examples)}
    models = {loc: model(inv, intents, types, builtins=builtins, fallback=fallback)}
    for l, (n2, i2, d2, e2, its2) in (extra_locales or {}).items():
        locs[l] = dict(name=n2, description=d2, examples=e2)
        models[l] = model(i2, its2, types, builtins=builtins, fallback=fallback)
    man = manifest(locs, category, privacy=privacy, terms=terms, permissions=perms, child=child, fn=fn,
                   lambda_dir=bool(lambda_js or lambda_py), uses_pi=uses_pi, purchases=purchases,
                   interfaces=interfaces)
    if account_linking:
        man['manifest']['apis']['custom'].setdefault('interfaces', [])
    package(cdir, man, models, ask_resources=bool(lambda_js or lambda_py), fn=fn)
    if account_linking:
        wjson(P(cdir, 'skill-package', 'accountLinking.json'), {"accountLinkingRequest": {
            "type": "AUTH_CODE", "authorizationUrl": account_linking + "/oauth2/authorize",
            "accessTokenUrl": account_linking + "/oauth2/token", "clientId": "alexa-" + fn,
            "scopes": ["accounts.read"], "accessTokenScheme": "HTTP_BASIC", "skipOnEnablement": False}})
    if lambda_js:
        wtext(P(cdir, 'lambda', 'index.js'), lambda_js.strip() + '\n')
        wjson(P(cdir, 'lambda', 'package.json'), {"name": fn, "version": "1.2.0", "main": "index.js",
              "dependencies": {"ask-sdk-core": "^2.14.0", "ask-sdk-model": "^1.86.0"}})
    if lambda_py:
        wtext(P(cdir, 'lambda', 'lambda_function.py'), lambda_py.strip() + '\n')
        wtext(P(cdir, 'lambda', 'requirements.txt'), 'ask-sdk-core>=1.19.0\n')
    for r in recs:
        record(cdir, cid, r[0], r[1], r[2], **(r[3] if len(r) > 3 else {}))
    return cdir
