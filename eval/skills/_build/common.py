import os
from lib import *

def mk(cid, loc, cats, shapes, why, name, inv, desc, examples, category, intents, privacy=None,
       perms=(), child=False, types=(), lambda_js=None, lambda_py=None, terms=None, extra=None,
       builtins=True, fallback=False, uses_pi=None, purchases=False, interfaces=None, countries=None):
    cdir = label(cid, cats, loc, shapes, why)
    fn = cid.split('-', 1)[1]
    locs = {loc: dict(name=name, description=desc, examples=examples)}
    models = {loc: model(inv, intents, types, builtins=builtins, fallback=fallback)}
    if extra:  # extra locales: {loc: (name, inv, desc, examples, intents)}
        for l, (n2, i2, d2, e2, its2) in extra.items():
            locs[l] = dict(name=n2, description=d2, examples=e2)
            models[l] = model(i2, its2, types, builtins=builtins, fallback=fallback)
    man = manifest(locs, category, privacy=privacy, terms=terms, permissions=perms, child=child, fn=fn,
                   lambda_dir=bool(lambda_js or lambda_py), uses_pi=uses_pi, purchases=purchases,
                   interfaces=interfaces, countries=countries)
    package(cdir, man, models, ask_resources=bool(lambda_js or lambda_py), fn=fn)
    if lambda_js:
        wtext(os.path.join(cdir, 'lambda', 'index.js'), lambda_js.strip() + '\n')
        wjson(os.path.join(cdir, 'lambda', 'package.json'), {"name": fn, "version": "1.0.0", "main": "index.js",
              "dependencies": {"ask-sdk-core": "^2.14.0", "ask-sdk-model": "^1.86.0"}})
    if lambda_py:
        wtext(os.path.join(cdir, 'lambda', 'lambda_function.py'), lambda_py.strip() + '\n')
        wtext(os.path.join(cdir, 'lambda', 'requirements.txt'), 'ask-sdk-core>=1.19.0\n')
    return cdir

def S(loc, cid, seed, start, turns, **kw):
    return Sess(loc, cid, cid + seed, start, turns, **kw)

def EP(cid):
    return f"arn:aws:lambda:us-east-1:{int(hx(cid.split('-',1)[1],8),16)%10**12:012d}:function:{cid.split('-',1)[1]}"

P = os.path.join
