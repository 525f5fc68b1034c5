"""Turns the hand-written case descriptions (cases_*.py) into project folders and recordings.

A case description is a dict built with C(...). Recordings are lists of turns built with t(...).
All wording lives in the description files; this module only formats it into real file shapes."""
import base64, datetime, hashlib, json, os, pprint, uuid
import yaml

BUILTINS = ["AMAZON.CancelIntent", "AMAZON.HelpIntent", "AMAZON.StopIntent", "AMAZON.NavigateHomeIntent",
            "AMAZON.FallbackIntent"]


def C(id, loc, cats, why, kind="alexa", **kw):
    d = dict(id=id, loc=loc, cats=sorted(cats), why=why, kind=kind)
    d.update(kw)
    return d


def t(u, intent, speech, re=None, end=False, slots=None, card=None, directives=None, ts=None):
    """one turn: user utterance, resolved intent ('Launch' for a launch), spoken answer,
    reprompt (None = none), end (True/False/None = key absent)."""
    return dict(u=u, intent=intent, speech=speech, re=re, end=end, slots=slots or {}, card=card,
                directives=directives, ts=ts)


def R(shape, path, turns, **opt):
    return dict(shape=shape, path=path, turns=turns, opt=opt)


# ---------------------------------------------------------------- helpers
def _h(*parts):
    return hashlib.sha1("|".join(str(p) for p in parts).encode()).hexdigest()


def _uuid(*parts):
    return str(uuid.UUID(_h(*parts)[:32]))


def dump(path, obj):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        if isinstance(obj, str):
            f.write(obj)
        else:
            json.dump(obj, f, ensure_ascii=False, indent=2)
            f.write("\n")


def ydump(path, obj):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        yaml.safe_dump(obj, f, allow_unicode=True, sort_keys=False, width=1000)


def os_speech(text):
    if text is None:
        return None
    if text.strip().startswith("<speak>"):
        return {"type": "SSML", "ssml": text}
    return {"type": "PlainText", "text": text}


def plain(text):
    import re
    return re.sub(r"<[^>]+>", "", text or "").strip()


# ---------------------------------------------------------------- Alexa skill package
def write_alexa(case, root):
    loc = case["loc"]
    locs = [loc] + list(case.get("more_models", {}).keys())
    pub = {}
    for l in locs:
        pub[l] = {
            "summary": case.get("summary", case["desc"][:120]),
            "examplePhrases": case.get("examples", [f"Alexa, open {case['inv']}"]),
            "name": case["name"],
            "description": case["desc"],
            "smallIconUri": f"https://s3.amazonaws.com/CAPS-SSE/echo_developer/{_h(case['id'])[:4]}/APP_ICON?versionId=small",
            "largeIconUri": f"https://s3.amazonaws.com/CAPS-SSE/echo_developer/{_h(case['id'])[:4]}/APP_ICON_LARGE?versionId=large",
            "keywords": case.get("keywords", []),
        }
    priv = {"allowsPurchases": bool(case.get("isp")), "usesPersonalInfo": bool(case.get("perms")),
            "isChildDirected": bool(case.get("child")), "isExportCompliant": True, "containsAds": False}
    if case.get("policy"):
        priv["locales"] = {l: {"privacyPolicyUrl": case["policy"],
                               "termsOfUseUrl": case.get("terms", case["policy"].rsplit("/", 1)[0] + "/terms")}
                           for l in locs}
    fn = case["id"].split("-", 1)[1]
    manifest = {
        "publishingInformation": {"locales": pub, "isAvailableWorldwide": False,
                                  "testingInstructions": case.get("testing", "Open the skill and follow the prompts."),
                                  "category": case.get("category", "GAMES"),
                                  "distributionCountries": [l.split("-")[1] for l in locs],
                                  "automaticDistribution": {"isActive": False}},
        "apis": {"custom": {"endpoint": {"uri": case.get("endpoint", f"arn:aws:lambda:{case.get('region','eu-west-1')}:{int(_h(fn)[:8],16)%10**12:012d}:function:{fn}")},
                            "interfaces": case.get("interfaces", [])}},
        "manifestVersion": "1.0",
        "privacyAndCompliance": priv,
    }
    if case.get("perms"):
        manifest["permissions"] = [{"name": p} for p in case["perms"]]
    if case.get("events"):
        manifest["events"] = {"publications": [{"eventName": e} for e in case["events"]],
                              "endpoint": {"uri": manifest["apis"]["custom"]["endpoint"]["uri"]},
                              "subscriptions": [{"eventName": "SKILL_PERMISSION_ACCEPTED"},
                                                {"eventName": "SKILL_PERMISSION_CHANGED"}]}
    manifest.update(case.get("manifest_extra", {}))
    dump(os.path.join(root, "skill-package", "skill.json"), {"manifest": manifest})
    models = {loc: (case["inv"], case["intents"], case.get("types", []))}
    models.update(case.get("more_models", {}))
    for l, (inv, intents, types) in models.items():
        ints = []
        for it in intents:
            name, slots, samples = it[0], it[1], it[2]
            ints.append({"name": name, "slots": [{"name": s, "type": ty} for s, ty in slots], "samples": samples})
        have = {i["name"] for i in ints}
        for b in BUILTINS:
            if b not in have:
                ints.append({"name": b, "samples": []})
        tys = [{"name": n, "values": [{"name": {"value": v}} for v in vals]} for n, vals in types]
        lm = {"invocationName": inv, "intents": ints, "types": tys}
        im = {"interactionModel": {"languageModel": lm}}
        if case.get("dialog"):
            im["interactionModel"]["dialog"] = case["dialog"]
        dump(os.path.join(root, "skill-package", "interactionModels", "custom", f"{l}.json"), im)
    if case.get("isp"):
        for prod in case["isp"]:
            dump(os.path.join(root, "skill-package", "isps", prod["type"], prod["file"]), prod["body"])
    if case.get("account_linking"):
        dump(os.path.join(root, "skill-package", "accountLinking.json"), {"accountLinkingRequest": case["account_linking"]})
    dump(os.path.join(root, "ask-resources.json"), {
        "askcliResourcesVersion": "2020-03-31",
        "profiles": {"default": {"skillMetadata": {"src": "./skill-package"},
                                 "code": {"default": {"src": "./lambda"}},
                                 "skillInfrastructure": {"type": "@ask-cli/lambda-deployer",
                                                         "userConfig": {"runtime": "nodejs18.x" if case.get("code", ("js",))[0] == "js" else "python3.11",
                                                                        "handler": "index.handler" if case.get("code", ("js",))[0] == "js" else "lambda_function.lambda_handler"}}}}})
    if case.get("code"):
        lang, code = case["code"]
        dump(os.path.join(root, "lambda", "index.js" if lang == "js" else "lambda_function.py"), code.lstrip("\n"))


# ---------------------------------------------------------------- Alexa request / response
class Ctx:
    def __init__(self, case, rec_i):
        self.case = case
        self.app = "amzn1.ask.skill." + _uuid(case["id"], "app")
        self.user = "amzn1.ask.account." + _h(case["id"], "user").upper()[:40]
        self.device = "amzn1.ask.device." + _h(case["id"], "dev").upper()[:40]
        self.rec = rec_i
        self.t0 = datetime.datetime(2024, 3, 4, 18, 5, 0) + datetime.timedelta(days=int(_h(case["id"])[:2], 16) % 200, minutes=rec_i * 37)


def alexa_sessions(case, rec, rec_i):
    """yield (request, response, meta) for each turn; new session after every end=True."""
    ctx = Ctx(case, rec_i)
    base = rec["opt"].get("date")
    t0 = datetime.datetime.fromisoformat(base) if base else ctx.t0
    sess_n, new = 0, True
    attrs = {}
    out = []
    for i, tu in enumerate(rec["turns"]):
        sid = "amzn1.echo-api.session." + _uuid(case["id"], rec_i, rec["path"], sess_n)
        rid = "amzn1.echo-api.request." + _uuid(case["id"], rec_i, rec["path"], i)
        ts = t0 + datetime.timedelta(seconds=9 * i + (sess_n * 40))
        tss = ts.strftime("%Y-%m-%dT%H:%M:%SZ")
        loc = rec["opt"].get("locale", case["loc"])
        session = {"new": new, "sessionId": sid, "application": {"applicationId": ctx.app},
                   "user": {"userId": ctx.user}}
        if case.get("account_linking"):
            session["user"]["accessToken"] = "Atza|" + _h(case["id"], "tok")[:24]
        if not new:
            session["attributes"] = dict(attrs)
        if tu["intent"] == "Launch":
            r = {"type": "LaunchRequest", "requestId": rid, "locale": loc, "timestamp": tss}
        elif tu["intent"].startswith("@"):
            r = {"type": tu["intent"][1:], "requestId": rid, "locale": loc, "timestamp": tss}
            r.update(tu["slots"])
        else:
            r = {"type": "IntentRequest", "requestId": rid, "locale": loc, "timestamp": tss,
                 "intent": {"name": tu["intent"], "confirmationStatus": "NONE",
                            "slots": {k: {"name": k, "value": v, "confirmationStatus": "NONE"} for k, v in tu["slots"].items()}}}
            if not tu["slots"]:
                del r["intent"]["slots"]
        req = {"version": "1.0", "session": session,
               "context": {"System": {"application": {"applicationId": ctx.app}, "user": {"userId": ctx.user},
                                      "device": {"deviceId": ctx.device,
                                                 "supportedInterfaces": {"AudioPlayer": {}} if not case.get("apl") else {"Alexa.Presentation.APL": {"runtime": {"maxVersion": "2023.2"}}}},
                                      "apiEndpoint": "https://api.eu.amazonalexa.com" if not loc.startswith(("en-US", "es-US", "es-MX", "fr-CA", "pt-BR", "ja-JP")) else ("https://api.fe.amazonalexa.com" if loc == "ja-JP" else "https://api.amazonalexa.com"),
                                      "apiAccessToken": "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.REDACTED"}},
               "request": r}
        resp_inner = {}
        if tu["speech"] is not None:
            resp_inner["outputSpeech"] = os_speech(tu["speech"])
        if tu["card"]:
            c = tu["card"]
            if isinstance(c, dict):
                resp_inner["card"] = c
            else:
                resp_inner["card"] = {"type": "Simple", "title": c[0], "content": c[1]}
        if tu["re"] is not None:
            resp_inner["reprompt"] = {"outputSpeech": os_speech(tu["re"])}
        if tu["directives"]:
            resp_inner["directives"] = tu["directives"]
        if tu["end"] is not None:
            resp_inner["shouldEndSession"] = tu["end"]
        attrs = {"turn": i + 1}
        resp = {"version": "1.0", "sessionAttributes": dict(attrs),
                "userAgent": "ask-node/2.14.0 Node/v18.18.2" if case.get("code", ("js",))[0] == "js" else "ask-python/1.19.0 Python/3.11.6",
                "response": resp_inner}
        out.append((req, resp, dict(u=tu["u"], ts=ts, sid=sid, rid=rid, locale=loc, turn=tu, ctx=ctx)))
        new = False
        if tu["end"] is True or (tu["intent"].startswith("@SessionEnded")):
            sess_n += 1
            new = True
            attrs = {}
    return out


# ---------------------------------------------------------------- Alexa shapes
def jest_format(obj, ind=0):
    """pretty-format (Jest snapshot) rendering"""
    sp = "  " * ind
    if isinstance(obj, dict):
        if not obj:
            return "Object {}"
        s = "Object {\n"
        for k in sorted(obj):
            s += f'{sp}  "{k}": {jest_format(obj[k], ind + 1)},\n'
        return s + sp + "}"
    if isinstance(obj, list):
        if not obj:
            return "Array []"
        s = "Array [\n"
        for v in obj:
            s += f"{sp}  {jest_format(v, ind + 1)},\n"
        return s + sp + "]"
    if isinstance(obj, bool):
        return "true" if obj else "false"
    if isinstance(obj, (int, float)):
        return str(obj)
    return json.dumps(obj, ensure_ascii=False).replace("`", "\\`")


def render_alexa_rec(case, rec, rec_i, root):
    shape, path, opt = rec["shape"], rec["path"], rec["opt"]
    pairs = alexa_sessions(case, rec, rec_i)
    P = lambda *a: os.path.join(root, path, *a)
    if shape == "envelope":
        names = opt.get("names") or [f"{i+1:02d}-{(m['turn']['intent'].split('.')[-1]).lower()}.json" for i, (_, _, m) in enumerate(pairs)]
        for (req, resp, m), n in zip(pairs, names):
            dump(P(n), resp)
    elif shape == "pairs-jsonl":
        dump(os.path.join(root, path), "".join(json.dumps({"request": q, "response": r}, ensure_ascii=False) + "\n" for q, r, _ in pairs))
    elif shape == "pairs-array":
        dump(os.path.join(root, path), [{"request": q, "response": r} for q, r, _ in pairs])
    elif shape in ("smapi-simulation", "smapi-invocation"):
        docs = []
        for i, (q, r, m) in enumerate(pairs):
            sim = "{}".format(_uuid(case["id"], "sim", rec_i, i))
            inv = {"invocationRequest": {"endpoint": case.get("endpoint", "arn:aws:lambda:eu-west-1:000000000000:function:" + case["id"]), "body": q},
                   "invocationResponse": {"body": r}}
            if shape == "smapi-simulation":
                d = {"id": sim, "status": "SUCCESSFUL",
                     "result": {"alexaExecutionInfo": {"alexaResponses": [{"type": "Speech", "content": {"caption": plain((r["response"].get("outputSpeech") or {}).get("ssml") or (r["response"].get("outputSpeech") or {}).get("text"))}}],
                                                       "considered_intents": [{"name": m["turn"]["intent"], "confirmationStatus": "NONE", "slots": {}}] if not m["turn"]["intent"].startswith(("Launch", "@")) else []},
                                "skillExecutionInfo": {"invocations": [inv]}, "error": None},
                     "input": {"content": m["u"]}} if opt.get("with_input", True) else None
                if not opt.get("with_input", True):
                    d = {"id": sim, "status": "SUCCESSFUL", "result": {"skillExecutionInfo": {"invocations": [inv]}}}
            else:
                inv["metrics"] = {"skillExecutionTimeInMilliseconds": 180 + 13 * i}
                d = {"id": sim, "status": "SUCCESSFUL", "result": {"skillExecutionInfo": inv, "error": None}}
            docs.append(d)
        if opt.get("single"):
            dump(os.path.join(root, path), docs)
        else:
            names = opt.get("names") or [f"sim_{i+1:02d}.json" for i in range(len(docs))]
            for d, n in zip(docs, names):
                dump(P(n), d)
    elif shape == "ask-dialog":
        replay = {"skillId": pairs[0][2]["ctx"].app, "locale": case["loc"], "type": "text",
                  "userInput": [m["u"] for _, _, m in pairs]}
        dump(P(opt.get("replay", "dialog-replay.json")), replay)
        if opt.get("text"):
            s = ""
            for q, r, m in pairs:
                s += f"User  > {m['u']}\n"
                sp = r["response"].get("outputSpeech")
                s += f"Alexa > {plain(sp.get('ssml') or sp.get('text')) if sp else ''}\n"
            dump(P(opt.get("out", "dialog-output.txt")), s)
        else:
            arr = [{"utterance": m["u"], "invocations": [{"invocationRequest": {"body": q}, "invocationResponse": {"body": r}}]} for q, r, m in pairs]
            dump(P(opt.get("out", "dialog-record.json")), arr)
    elif shape in ("cloudwatch-text", "cloudwatch-json"):
        py = opt.get("py", case.get("code", ("js",))[0] == "py")
        kw_req, kw_resp = opt.get("kw", ("Request:", "Response:"))
        lines, events = [], []
        for q, r, m in pairs:
            lid = _uuid(case["id"], "lam", m["rid"])
            ts = m["ts"]
            iso = ts.strftime("%Y-%m-%dT%H:%M:%S.") + f"{ts.microsecond//1000:03d}Z"
            block = [f"START RequestId: {lid} Version: $LATEST"]
            if py:
                block.append(f"[INFO]\t{iso}\t{lid}\t{kw_req} {json.dumps(q, ensure_ascii=False)}")
                block.append(f"[INFO]\t{iso}\t{lid}\t{kw_resp} {json.dumps(r, ensure_ascii=False)}")
            else:
                block.append(f"{iso}\t{lid}\tINFO\t{kw_req} {json.dumps(q, ensure_ascii=False)}")
                block.append(f"{iso}\t{lid}\tINFO\t{kw_resp} {json.dumps(r, ensure_ascii=False)}")
            block.append(f"END RequestId: {lid}")
            block.append(f"REPORT RequestId: {lid}\tDuration: 143.21 ms\tBilled Duration: 144 ms\tMemory Size: 256 MB\tMax Memory Used: 88 MB")
            if shape == "cloudwatch-text":
                lines += [f"{iso} {b}" if opt.get("prefix_ts") else b for b in block]
            else:
                for j, b in enumerate(block):
                    events.append({"logStreamName": f"{ts:%Y/%m/%d}/[$LATEST]{_h(case['id'],'stream')[:32]}",
                                   "timestamp": int(ts.timestamp() * 1000) + j, "message": b + "\n",
                                   "ingestionTime": int(ts.timestamp() * 1000) + 900, "eventId": str(int(_h(lid, j)[:16], 16))})
        if shape == "cloudwatch-text":
            dump(os.path.join(root, path), "\n".join(lines) + "\n")
        else:
            dump(os.path.join(root, path), {"events": events, "searchedLogStreams": []})
    elif shape == "har":
        entries = []
        for q, r, m in pairs:
            entries.append({"startedDateTime": m["ts"].strftime("%Y-%m-%dT%H:%M:%S.000Z"), "time": 211,
                            "request": {"method": "POST", "url": opt.get("url", "https://skill.example-host.net/alexa"), "httpVersion": "HTTP/1.1",
                                        "headers": [{"name": "Content-Type", "value": "application/json; charset=utf-8"},
                                                    {"name": "Signature-256", "value": "REDACTED"}],
                                        "queryString": [], "cookies": [], "headersSize": -1, "bodySize": -1,
                                        "postData": {"mimeType": "application/json", "text": json.dumps(q, ensure_ascii=False)}},
                            "response": {"status": 200, "statusText": "OK", "httpVersion": "HTTP/1.1",
                                         "headers": [{"name": "Content-Type", "value": "application/json"}], "cookies": [],
                                         "content": {"size": -1, "mimeType": "application/json", "text": json.dumps(r, ensure_ascii=False)},
                                         "redirectURL": "", "headersSize": -1, "bodySize": -1},
                            "cache": {}, "timings": {"send": 1, "wait": 200, "receive": 10}})
        dump(os.path.join(root, path), {"log": {"version": "1.2", "creator": {"name": opt.get("creator", "Charles Proxy"), "version": "4.6.4"},
                                                "pages": [], "entries": entries}})
    elif shape == "transcript":
        s = f"# QA transcript {case['name']} ({case['loc']})\n"
        for q, r, m in pairs:
            sp = r["response"].get("outputSpeech")
            rp = (r["response"].get("reprompt") or {}).get("outputSpeech")
            s += f"[{m['ts']:%Y-%m-%d %H:%M:%S}] USER: {m['u']}\n"
            s += f"[{m['ts']:%Y-%m-%d %H:%M:%S}] SKILL: {(sp.get('ssml') or sp.get('text')) if sp else ''}\n"
            if rp:
                s += f"[{m['ts']:%Y-%m-%d %H:%M:%S}] REPROMPT: {rp.get('ssml') or rp.get('text')}\n"
            s += f"[{m['ts']:%Y-%m-%d %H:%M:%S}] session_open={str(r['response'].get('shouldEndSession') is not True).lower()}\n"
        dump(os.path.join(root, path), s)
    elif shape == "jest-snapshot":
        s = "// Jest Snapshot v1, https://goo.gl/fbAQLP\n\n"
        for i, (q, r, m) in enumerate(pairs):
            s += f"exports[`{opt.get('suite', case['name'])} {m['turn']['intent']} {i+1}`] = `\n{jest_format(r)}\n`;\n\n"
        dump(os.path.join(root, path), s)
    elif shape == "ipynb":
        cells = [{"cell_type": "markdown", "metadata": {}, "source": [opt.get("title", f"# {case['name']} – manual run\n")]},
                 {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [],
                  "source": ["from ask_sdk_local_debug import simulate  # local invoke helper\n", f"LOCALE = '{case['loc']}'\n"]}]
        for i, (q, r, m) in enumerate(pairs):
            cells.append({"cell_type": "code", "execution_count": i + 2, "metadata": {},
                          "source": [f"resp = simulate({m['u']!r}, session='{m['sid'][-12:]}', new={q['session']['new']})\n", "resp"],
                          "outputs": [{"output_type": "execute_result", "execution_count": i + 2, "metadata": {},
                                       "data": {"text/plain": pprint.pformat(r, width=100).splitlines(True)}}]})
        dump(os.path.join(root, path), {"cells": cells, "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
                                                                     "language_info": {"name": "python", "version": "3.11.6"}},
                                        "nbformat": 4, "nbformat_minor": 5})
    elif shape == "junit-xml":
        from xml.sax.saxutils import escape
        cases = ""
        for i, (q, r, m) in enumerate(pairs):
            cases += (f'    <testcase classname="{opt.get("suite", "skill.e2e")}" name="turn {i+1}: {escape(m["u"], {chr(34): "&quot;"})}" time="0.{200+i}">\n'
                      f"      <system-out><![CDATA[>>> request\n{json.dumps(q, ensure_ascii=False, indent=1)}\n<<< response\n{json.dumps(r, ensure_ascii=False, indent=1)}\n]]></system-out>\n"
                      f"    </testcase>\n")
        s = (f'<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="{escape(case["name"])}" tests="{len(pairs)}" failures="0">\n'
             f'  <testsuite name="{opt.get("suite", "skill.e2e")}" tests="{len(pairs)}" failures="0" errors="0" timestamp="{pairs[0][2]["ts"]:%Y-%m-%dT%H:%M:%S}">\n'
             f"{cases}  </testsuite>\n</testsuites>\n")
        dump(os.path.join(root, path), s)
    elif shape == "csv-turns":
        import csv, io
        b = io.StringIO()
        w = csv.writer(b)
        w.writerow(["timestamp", "session_id", "locale", "request_type", "intent", "user_said", "skill_said", "reprompt", "should_end_session"])
        for q, r, m in pairs:
            sp = r["response"].get("outputSpeech")
            rp = (r["response"].get("reprompt") or {}).get("outputSpeech")
            w.writerow([m["ts"].isoformat(), m["sid"][-36:], m["locale"], q["request"]["type"], (q["request"].get("intent") or {}).get("name", ""),
                        m["u"], (sp.get("ssml") or sp.get("text")) if sp else "", (rp.get("ssml") or rp.get("text")) if rp else "",
                        {True: "true", False: "false", None: ""}[r["response"].get("shouldEndSession")]])
        dump(os.path.join(root, path), b.getvalue())
    elif shape == "charles-chlsj":
        arr = []
        for q, r, m in pairs:
            ms = int(m["ts"].timestamp() * 1000)
            arr.append({"status": "COMPLETE", "method": "POST", "protocolVersion": "HTTP/1.1", "scheme": "https",
                        "host": opt.get("host", "localhost"), "port": opt.get("port", 3000), "actualPort": opt.get("port", 3000),
                        "path": opt.get("upath", "/"), "query": None, "tunnel": False, "keptAlive": True,
                        "webSocket": False, "remoteAddress": "127.0.0.1/127.0.0.1", "clientAddress": "/127.0.0.1",
                        "times": {"start": ms, "requestBegin": ms + 1, "requestComplete": ms + 2, "responseBegin": ms + 150, "end": ms + 152},
                        "request": {"sizes": {"headers": 312, "body": len(json.dumps(q))}, "mimeType": "application/json", "charset": "utf-8",
                                    "header": {"firstLine": f"POST {opt.get('upath', '/')} HTTP/1.1",
                                               "headers": [{"name": "content-type", "value": "application/json; charset=utf-8"}]},
                                    "body": {"text": json.dumps(q, ensure_ascii=False), "charset": "utf-8"}},
                        "response": {"status": 200, "sizes": {"headers": 190, "body": len(json.dumps(r))}, "mimeType": "application/json", "charset": "utf-8",
                                     "header": {"firstLine": "HTTP/1.1 200 OK", "headers": [{"name": "content-type", "value": "application/json; charset=utf-8"}]},
                                     "body": {"text": json.dumps(r, ensure_ascii=False), "charset": "utf-8"}}})
        dump(os.path.join(root, path), arr)
    elif shape == "newman-json":
        execs = []
        for i, (q, r, m) in enumerate(pairs):
            body = json.dumps(r, ensure_ascii=False).encode("utf-8")
            execs.append({"cursor": {"position": i, "iteration": 0, "length": len(pairs), "cycles": 1, "ref": _uuid(case["id"], "cur", i)},
                          "item": {"id": _uuid(case["id"], "item", i), "name": m["u"]},
                          "request": {"url": {"protocol": "https", "host": ["localhost"], "port": "3000", "path": ["alexa"]},
                                      "method": "POST", "header": [{"key": "Content-Type", "value": "application/json"}],
                                      "body": {"mode": "raw", "raw": json.dumps(q, ensure_ascii=False)}},
                          "response": {"id": _uuid(case["id"], "resp", i), "status": "OK", "code": 200,
                                       "header": [{"key": "Content-Type", "value": "application/json; charset=utf-8"}],
                                       "stream": {"type": "Buffer", "data": list(body)}, "responseTime": 141, "responseSize": len(body)},
                          "assertions": [{"assertion": "status is 200", "skipped": False}]})
        dump(os.path.join(root, path), {"collection": {"info": {"name": opt.get("coll", case["name"] + " regression"),
                                                                "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"}},
                                        "run": {"stats": {"requests": {"total": len(pairs), "pending": 0, "failed": 0}},
                                                "timings": {"started": int(pairs[0][2]["ts"].timestamp() * 1000)},
                                                "executions": execs, "failures": []}})
    else:
        raise ValueError(shape)


# ---------------------------------------------------------------- Google projects
def write_google(case, root):
    k = case["kind"]
    loc = case["loc"]
    if k == "builder":
        st = {"projectId": case["id"].split("-", 1)[1] + "-" + _h(case["id"])[:5], "defaultLocale": loc.split("-")[0] if case.get("short_locale") else loc,
              "enabledRegions": case.get("regions", []), "localizedSettings": {
                  "displayName": case["name"], "pronunciation": case["inv"],
                  "shortDescription": case["desc"][:80], "fullDescription": case["desc"],
                  "developerName": case.get("dev", "Independent developer"), "developerEmail": case.get("mail", "dev@example.org"),
                  "sampleInvocations": case.get("examples", [f"Talk to {case['inv']}"]),
                  "smallLogoImage": "$resources.images.logo"},
              "category": case.get("category", "GAMES_AND_TRIVIA"), "usesTransactionsApi": False, "usesDigitalPurchaseApi": bool(case.get("isp")),
              "usesInteractiveCanvas": False, "designedForFamily": bool(case.get("child")), "containsAlcoholOrTobaccoContent": False,
              "keepsMicOpen": bool(case.get("keeps_mic")), "surfaceRequirements": {}}
        if case.get("policy"):
            st["localizedSettings"]["privacyPolicyUrl"] = case["policy"]
            st["localizedSettings"]["termsOfServiceUrl"] = case["policy"].rsplit("/", 1)[0] + "/terms"
        if case.get("account_linking"):
            st["accountLinking"] = case["account_linking"]
        ydump(os.path.join(root, "sdk", "settings", "settings.yaml"), st)
        ydump(os.path.join(root, "sdk", "manifest.yaml"), {"version": "1.0"})
        ydump(os.path.join(root, "sdk", "actions", "actions.yaml"), {"actions": {"actions.intent.MAIN": {"handler": {"webhookHandler": "main"}}}} if not case.get("main_scene") else
              {"actions": {"actions.intent.MAIN": {"handler": {"webhookHandler": "main"}}}})
        ydump(os.path.join(root, "sdk", "custom", "global", "actions.intent.MAIN.yaml"), {"handler": {"webhookHandler": "main"}, "transitionToScene": case.get("main_scene", "Start")})
        for name, params, phrases in case["intents"]:
            d = {"trainingPhrases": phrases}
            if params:
                d["parameters"] = [{"name": p, "type": {"name": ty} if not ty.startswith("actions.type.") else {"name": ty}} for p, ty in params]
            ydump(os.path.join(root, "sdk", "custom", "intents", f"{name}.yaml"), d)
        for name, vals in case.get("types", []):
            ydump(os.path.join(root, "sdk", "custom", "types", f"{name}.yaml"),
                  {"synonym": {"entities": {v: {"synonyms": [v]} for v in vals}, "matchType": "EXACT_MATCH"}})
        for name, body in case.get("scenes", {}).items():
            ydump(os.path.join(root, "sdk", "custom", "scenes", f"{name}.yaml"), body)
        ydump(os.path.join(root, "sdk", "webhooks", "ActionsOnGoogleFulfillment.yaml"),
              {"handlers": [{"name": h} for h in case.get("handlers", ["main"])], "inlineCloudFunction": {"executeFunction": "ActionsOnGoogleFulfillment"}})
        if case.get("code"):
            dump(os.path.join(root, "sdk", "webhooks", "ActionsOnGoogleFulfillment", "index.js"), case["code"][1].lstrip("\n"))
    elif k == "sdk2":
        acts = []
        for name, params, phrases in case["intents"]:
            a = {"description": name, "name": name if name.startswith("actions.") else name.upper(),
                 "fulfillment": {"conversationName": case["id"].split("-", 1)[1]},
                 "intent": {"name": name}}
            if params:
                a["intent"]["parameters"] = [{"name": p, "type": {"name": ty}} for p, ty in params]
            if phrases:
                a["intent"]["trigger"] = {"queryPatterns": phrases}
            acts.append(a)
        man = {"displayName": case["name"], "invocationName": case["inv"], "shortDescription": case["desc"][:80],
               "longDescription": case["desc"], "category": case.get("category", "GAMES_AND_TRIVIA"),
               "companyName": case.get("dev", "Independent developer"), "contactEmail": case.get("mail", "dev@example.org"),
               "sampleInvocation": case.get("examples", [f"Talk to {case['inv']}"])}
        if case.get("policy"):
            man["privacyUrl"] = case["policy"]
            man["termsOfServiceUrl"] = case["policy"].rsplit("/", 1)[0] + "/terms"
        ap = {"manifest": man, "actions": acts, "locale": loc,
              "conversations": {case["id"].split("-", 1)[1]: {"name": case["id"].split("-", 1)[1],
                                                              "url": case.get("endpoint", "https://europe-west1-" + case["id"].split("-", 1)[1] + ".cloudfunctions.net/conversation"),
                                                              "fulfillmentApiVersion": 2}}}
        if case.get("account_linking"):
            ap["accountLinking"] = case["account_linking"]
        if case.get("types"):
            ap["types"] = [{"name": n, "entities": [{"key": v, "synonyms": [v]} for v in vals]} for n, vals in case["types"]]
        dump(os.path.join(root, "action.json"), ap)
        if case.get("code"):
            dump(os.path.join(root, "functions", "index.js"), case["code"][1].lstrip("\n"))
    elif k == "dialogflow":
        lang = case.get("df_lang", loc.split("-")[0])
        agent = {"description": case["desc"], "language": lang, "shortDescription": "", "examples": "", "linkToDocs": "",
                 "displayName": case["name"], "disableInteractionLogs": False, "disableStackdriverLogs": True,
                 "googleAssistant": {"googleAssistantCompatible": True, "project": case["id"].split("-", 1)[1], "welcomeIntentSignInRequired": bool(case.get("account_linking")),
                                     "startIntents": [], "systemIntents": [], "endIntentIds": [], "oAuthLinking": case.get("account_linking", {"required": False, "providerId": "", "authorizationUrl": "", "tokenUrl": "", "scopes": "", "privacyPolicyUrl": case.get("policy", ""), "grantType": "AUTH_CODE_GRANT"}),
                                     "voiceType": "FEMALE_1", "capabilities": [], "env": "", "protocolVersion": "V2", "autoPreviewEnabled": False, "isDeviceAgent": False},
                 "defaultTimezone": case.get("tz", "Europe/Madrid"), "webhook": {"url": case.get("endpoint", "https://us-central1-" + case["id"].split("-", 1)[1] + ".cloudfunctions.net/dialogflowFirebaseFulfillment"),
                                                                                "username": "", "headers": {}, "available": True, "useForDomains": False, "cloudFunctionsEnabled": False, "cloudFunctionsInitialized": False},
                 "isPrivate": True, "mlMinConfidence": 0.3, "supportedLanguages": [], "enableOnePlatformApi": True, "onePlatformApiVersion": "v2",
                 "secondaryKey": "", "analyzeQueryTextSentiment": False, "enabledKnowledgeBaseNames": [], "knowledgeServiceConfidenceAdjustment": 0.0,
                 "dialogBuilderMode": False, "baseActionPackagesUrl": "", "enableSpellCorrection": False}
        dump(os.path.join(root, "agent.json"), agent)
        dump(os.path.join(root, "package.json"), {"version": "1.0.0"})
        for it in case["intents"]:
            name, params, phrases = it[0], it[1], it[2]
            reply = it[3] if len(it) > 3 else []
            end = it[4] if len(it) > 4 else False
            events = [{"name": "WELCOME"}] if name.lower().startswith("default welcome") else []
            idoc = {"id": _uuid(case["id"], name), "name": name, "auto": True, "contexts": [],
                    "responses": [{"resetContexts": False, "action": name.lower().replace(" ", "."), "affectedContexts": [],
                                   "parameters": [{"id": _uuid(case["id"], name, p), "required": False, "dataType": ty, "name": p, "value": "$" + p, "isList": False} for p, ty in params],
                                   "messages": [{"type": "0", "title": "", "textToSpeech": "", "lang": lang, "speech": reply}] if reply else [],
                                   "defaultResponsePlatforms": {"google": True}, "speech": [], "endInteraction": end}],
                    "priority": 500000, "webhookUsed": True, "webhookForSlotFilling": False, "fallbackIntent": name.lower().startswith("default fallback"), "events": events,
                    "conditionalResponses": [], "condition": "", "conditionalFollowupEvents": []}
            dump(os.path.join(root, "intents", f"{name}.json"), idoc)
            if phrases:
                us = []
                for ph in phrases:
                    data = []
                    import re
                    for part in re.split(r"(\{[^}]+\})", ph):
                        if not part:
                            continue
                        if part.startswith("{"):
                            p = part[1:-1]
                            ty = dict(params).get(p, "@sys.any")
                            data.append({"text": "beliebig" if False else p, "alias": p, "meta": ty, "userDefined": True})
                        else:
                            data.append({"text": part, "userDefined": False})
                    us.append({"id": _uuid(case["id"], name, ph), "data": data, "isTemplate": False, "count": 0, "lang": lang, "updated": 0})
                dump(os.path.join(root, "intents", f"{name}_usersays_{lang}.json"), us)
        for name, vals in case.get("types", []):
            dump(os.path.join(root, "entities", f"{name}.json"), {"id": _uuid(case["id"], "ent", name), "name": name, "isOverridable": True, "isEnum": False, "isRegexp": False, "automatedExpansion": False, "allowFuzzyExtraction": False})
            dump(os.path.join(root, "entities", f"{name}_entries_{lang}.json"), [{"value": v, "synonyms": [v]} for v in vals])
        if case.get("code"):
            dump(os.path.join(root, "fulfillment", "index.js"), case["code"][1].lstrip("\n"))


def google_pairs(case, rec, rec_i):
    k = case["kind"]
    base = rec["opt"].get("date")
    t0 = datetime.datetime.fromisoformat(base) if base else datetime.datetime(2024, 5, 2, 9, 0) + datetime.timedelta(days=int(_h(case["id"])[:2], 16) % 150)
    sess_n, new, out = 0, True, []
    loc = case["loc"]
    for i, tu in enumerate(rec["turns"]):
        sid = _h(case["id"], rec_i, rec["path"], sess_n)[:26].upper()
        ts = t0 + datetime.timedelta(seconds=11 * i + 30 * sess_n)
        tss = ts.strftime("%Y-%m-%dT%H:%M:%S.000Z")
        speech, re_, end = tu["speech"], tu["re"], tu["end"] is True
        if k == "sdk2":
            intent = "actions.intent.MAIN" if tu["intent"] == "Launch" else tu["intent"]
            req = {"user": {"locale": loc, "lastSeen": tss, "userVerificationStatus": "VERIFIED",
                            "userStorage": "{\"data\":{}}"},
                   "device": {"capabilities": ["actions.capability.AUDIO_OUTPUT", "actions.capability.MEDIA_RESPONSE_AUDIO"]},
                   "surface": {"capabilities": [{"name": "actions.capability.AUDIO_OUTPUT"}]},
                   "conversation": {"conversationId": sid, "type": "NEW" if new else "ACTIVE", **({} if new else {"conversationToken": "[]"})},
                   "inputs": [{"intent": intent, "rawInputs": [{"inputType": "VOICE", "query": tu["u"]}],
                               "arguments": [{"name": a, "rawText": v, "textValue": v} for a, v in tu["slots"].items()] or
                                            ([{"name": "text", "rawText": tu["u"], "textValue": tu["u"]}] if intent == "actions.intent.TEXT" else [])}],
                   "availableSurfaces": [{"capabilities": [{"name": "actions.capability.AUDIO_OUTPUT"}]}]}
            items = [{"simpleResponse": {"textToSpeech": speech}}]
            if tu["card"]:
                items.append({"basicCard": {"title": tu["card"][0], "formattedText": tu["card"][1]}})
            if end:
                resp = {"expectUserResponse": False, "finalResponse": {"richResponse": {"items": items}}}
            else:
                ei = {"inputPrompt": {"richInitialPrompt": {"items": items}},
                      "possibleIntents": tu["directives"] or [{"intent": "actions.intent.TEXT"}]}
                if re_ is not None:
                    ei["inputPrompt"]["noInputPrompts"] = [{"textToSpeech": x} for x in (re_ if isinstance(re_, list) else [re_])]
                resp = {"expectUserResponse": True, "expectedInputs": [ei], "conversationToken": "[]"}
        elif k == "dialogflow":
            lang = case.get("df_lang", loc.split("-")[0])
            intent = "Default Welcome Intent" if tu["intent"] == "Launch" else tu["intent"]
            req = {"responseId": _uuid(case["id"], "rid", rec_i, i) + "-" + _h(i)[:8],
                   "queryResult": {"queryText": "GOOGLE_ASSISTANT_WELCOME" if tu["intent"] == "Launch" else tu["u"],
                                   "parameters": tu["slots"], "allRequiredParamsPresent": True,
                                   "fulfillmentMessages": [{"text": {"text": [""]}}],
                                   "intent": {"name": f"projects/{case['id'].split('-',1)[1]}/agent/intents/{_uuid(case['id'], intent)}", "displayName": intent},
                                   "intentDetectionConfidence": 1, "languageCode": lang},
                   "originalDetectIntentRequest": {"source": "google", "version": "2", "payload": {
                       "user": {"locale": loc, "userVerificationStatus": "VERIFIED"},
                       "conversation": {"conversationId": sid, "type": "NEW" if new else "ACTIVE"},
                       "inputs": [{"intent": "actions.intent.MAIN" if tu["intent"] == "Launch" else "actions.intent.TEXT",
                                   "rawInputs": [{"inputType": "VOICE", "query": tu["u"]}]}],
                       "surface": {"capabilities": [{"name": "actions.capability.AUDIO_OUTPUT"}]}}},
                   "session": f"projects/{case['id'].split('-',1)[1]}/agent/sessions/{sid}"}
            g = {"expectUserResponse": not end, "richResponse": {"items": [{"simpleResponse": {"textToSpeech": speech}}]}}
            if tu["card"]:
                g["richResponse"]["items"].append({"basicCard": {"title": tu["card"][0], "formattedText": tu["card"][1]}})
            if re_ is not None and not end:
                g["noInputPrompts"] = [{"textToSpeech": x} for x in (re_ if isinstance(re_, list) else [re_])]
            if tu["directives"]:
                g["systemIntent"] = tu["directives"]
            resp = {"fulfillmentText": plain(speech), "payload": {"google": g}}
        else:  # builder
            scene = tu["slots"].pop("_scene", None) if "_scene" in tu["slots"] else None
            scene = scene or rec["opt"].get("scene", "Start")
            intent = "actions.intent.MAIN" if tu["intent"] == "Launch" else tu["intent"]
            params = {a: {"original": v, "resolved": v} for a, v in tu["slots"].items()}
            req = {"handler": {"name": rec["opt"].get("handler", "main") if tu["intent"] == "Launch" else (tu["intent"].lower())},
                   "intent": {"name": intent, "params": params, "query": tu["u"]},
                   "scene": {"name": "actions.scene.START_CONVERSATION" if tu["intent"] == "Launch" else scene,
                             "slotFillingStatus": "UNSPECIFIED", "slots": {}},
                   "session": {"id": sid, "params": {}, "typeOverrides": [], "languageCode": loc},
                   "user": {"locale": loc, "params": {}, "accountLinkingStatus": "LINKED" if case.get("account_linking") else "ACCOUNT_LINKING_STATUS_UNSPECIFIED",
                            "verificationStatus": "VERIFIED", "packageEntitlements": [], "lastSeenTime": tss},
                   "home": {"params": {}}, "device": {"capabilities": ["SPEECH", "RICH_RESPONSE", "LONG_FORM_AUDIO"], "timeZone": {"id": case.get("tz", "Europe/Berlin")}}}
            prompt = {"override": False, "firstSimple": {"speech": speech, "text": plain(speech)}}
            if tu["card"]:
                prompt["content"] = {"card": {"title": tu["card"][0], "text": tu["card"][1]}}
            resp = {"session": {"id": sid, "params": {}, "languageCode": ""}, "prompt": prompt,
                    "scene": {"name": scene, "slots": {}, "next": {"name": "actions.scene.END_CONVERSATION" if end else rec["opt"].get("next", scene)}}}
            if end is False and tu["end"] is None:
                del resp["scene"]["next"]
        out.append((req, resp, dict(u=tu["u"], ts=ts, sid=sid, turn=tu)))
        new = False
        if end:
            sess_n += 1
            new = True
    return out


def render_google_rec(case, rec, rec_i, root):
    shape, path, opt = rec["shape"], rec["path"], rec["opt"]
    pairs = google_pairs(case, rec, rec_i)
    if shape in ("gactions-conversation", "dialogflow-webhook", "gactions-scene"):
        if opt.get("jsonl"):
            dump(os.path.join(root, path), "".join(json.dumps({"request": q, "response": r}, ensure_ascii=False) + "\n" for q, r, _ in pairs))
        elif opt.get("split"):
            for i, (q, r, m) in enumerate(pairs):
                dump(os.path.join(root, path, f"{i+1:02d}-request.json"), q)
                dump(os.path.join(root, path, f"{i+1:02d}-response.json"), r)
        else:
            dump(os.path.join(root, path), [{"request": q, "response": r} for q, r, _ in pairs])
    elif shape == "transcript":
        s = f"# {case['name']} – Assistant test log ({case['loc']})\n"
        for q, r, m in pairs:
            s += f"[{m['ts']:%Y-%m-%d %H:%M:%S}] USER: {m['u']}\n[{m['ts']:%Y-%m-%d %H:%M:%S}] ACTION: {m['turn']['speech']}\n"
            if m["turn"]["re"] is not None:
                s += f"[{m['ts']:%Y-%m-%d %H:%M:%S}] NO_INPUT_PROMPT: {m['turn']['re'] if not isinstance(m['turn']['re'], list) else ' | '.join(m['turn']['re'])}\n"
            s += f"[{m['ts']:%Y-%m-%d %H:%M:%S}] session_open={str(m['turn']['end'] is not True).lower()}\n"
        dump(os.path.join(root, path), s)
    elif shape == "har":
        entries = [{"startedDateTime": m["ts"].strftime("%Y-%m-%dT%H:%M:%S.000Z"), "time": 300,
                    "request": {"method": "POST", "url": opt.get("url", "https://localhost:8080/fulfillment"), "httpVersion": "HTTP/1.1",
                                "headers": [{"name": "content-type", "value": "application/json"}], "queryString": [], "cookies": [],
                                "headersSize": -1, "bodySize": -1, "postData": {"mimeType": "application/json", "text": json.dumps(q, ensure_ascii=False)}},
                    "response": {"status": 200, "statusText": "OK", "httpVersion": "HTTP/1.1", "headers": [], "cookies": [],
                                 "content": {"size": -1, "mimeType": "application/json", "text": json.dumps(r, ensure_ascii=False)},
                                 "redirectURL": "", "headersSize": -1, "bodySize": -1}, "cache": {}, "timings": {"send": 1, "wait": 290, "receive": 9}}
                   for q, r, m in pairs]
        dump(os.path.join(root, path), {"log": {"version": "1.2", "creator": {"name": "mitmproxy har_dump", "version": "10.1"}, "entries": entries}})
    elif shape == "junit-xml":
        from xml.sax.saxutils import escape
        body = ""
        for i, (q, r, m) in enumerate(pairs):
            body += (f'    <testcase classname="webhook" name="turn {i+1}: {escape(m["u"], {chr(34): "&quot;"})}" time="0.3">\n'
                     f"      <system-out><![CDATA[request: {json.dumps(q, ensure_ascii=False)}\nresponse: {json.dumps(r, ensure_ascii=False)}\n]]></system-out>\n    </testcase>\n")
        dump(os.path.join(root, path), f'<?xml version="1.0" encoding="UTF-8"?>\n<testsuites>\n  <testsuite name="{escape(case["name"])} webhook" tests="{len(pairs)}">\n{body}  </testsuite>\n</testsuites>\n')
    else:
        raise ValueError(shape)


def render_case(case, out_root):
    root = os.path.join(out_root, case["id"])
    if case["kind"] == "alexa":
        write_alexa(case, root)
    else:
        write_google(case, root)
    for i, rec in enumerate(case.get("recs", [])):
        (render_alexa_rec if case["kind"] == "alexa" else render_google_rec)(case, rec, i, root)
    for rel, content in case.get("files", {}).items():
        dump(os.path.join(root, rel), content)
    shapes = []
    for rec in case.get("recs", []):
        if rec["shape"] not in shapes:
            shapes.append(rec["shape"])
    return {"categories": case["cats"], "locale": case["loc"], "shapes": shapes, "why": case["why"]}
