"""Turns the hand-written case descriptions (cases_*.py) into project folders and recordings."""
import csv, hashlib, io, json, os, uuid
from xml.sax.saxutils import escape

BUILTIN = ["AMAZON.CancelIntent", "AMAZON.HelpIntent", "AMAZON.StopIntent", "AMAZON.NavigateHomeIntent", "AMAZON.FallbackIntent"]


def T(user, intent, speech, reprompt=None, end=False, slots=None, card=None):
    """One turn: what the user said, the matched intent ('Launch' = LaunchRequest), what the skill answered."""
    return dict(user=user, intent=intent, speech=speech, reprompt=reprompt, end=end, slots=slots or {}, card=card)


def R(shape, path, turns, **kw):
    return dict(shape=shape, path=path, turns=turns, **kw)


def C(cid, **kw):
    kw["id"] = cid
    return kw


def _h(*parts):
    return hashlib.sha1("|".join(map(str, parts)).encode()).hexdigest()


def _uid(*parts):
    return str(uuid.UUID(_h(*parts)[:32]))


def _os(text):
    if text is None:
        return None
    if text.strip().startswith("<speak>"):
        return {"type": "SSML", "ssml": text}
    return {"type": "PlainText", "text": text}


def _dump(path, obj):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        if isinstance(obj, str):
            f.write(obj)
        else:
            json.dump(obj, f, ensure_ascii=False, indent=2)
            f.write("\n")


# ---------------------------------------------------------------- Alexa envelopes
def sessions(case, rec):
    """Yield (turn, session_id, new, idx, request_envelope, response_envelope)."""
    cid, loc = case["id"], rec.get("locale", case["locale"])
    app = "amzn1.ask.skill." + _uid(cid, "app")
    user = "amzn1.ask.account." + _h(cid, "user")[:40].upper()
    dev = "amzn1.ask.device." + _h(cid, "dev")[:40].upper()
    sess_n, new = 0, True
    ts0 = rec.get("date", "2024-05-14") + "T0{}:{}:{}Z"
    out = []
    for i, t in enumerate(rec["turns"]):
        sid = "amzn1.echo-api.session." + _uid(cid, rec["path"], "s", sess_n)
        ts = ts0.format(7 + i // 60 % 3, f"{(i * 7) % 60:02d}", f"{(i * 13) % 60:02d}")
        rq = {"requestId": "amzn1.echo-api.request." + _uid(cid, rec["path"], i), "locale": loc, "timestamp": ts}
        if t["intent"] == "Launch":
            rq = {"type": "LaunchRequest", **rq}
        else:
            rq = {"type": "IntentRequest", **rq, "dialogState": None,
                  "intent": {"name": t["intent"], "confirmationStatus": "NONE",
                             "slots": {k: {"name": k, "value": v, "confirmationStatus": "NONE"} for k, v in t["slots"].items()}}}
            del rq["dialogState"]
        sys_ = {"application": {"applicationId": app}, "user": {"userId": user},
                "device": {"deviceId": dev, "supportedInterfaces": {}},
                "apiEndpoint": "https://api.eu.amazonalexa.com" if loc[:2] in ("de", "es", "fr", "it", "en") and loc != "en-US" else "https://api.amazonalexa.com",
                "apiAccessToken": "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiIsImtpZCI6IjEifQ.REDACTED"}
        req = {"version": "1.0",
               "session": {"new": new, "sessionId": sid, "application": {"applicationId": app}, "user": {"userId": user},
                           **({} if new else {"attributes": {}})},
               "context": {"System": sys_}, "request": rq}
        r = {}
        if t["speech"] is not None:
            r["outputSpeech"] = _os(t["speech"])
        if t["card"]:
            r["card"] = {"type": "Simple", "title": t["card"][0], "content": t["card"][1]}
        if t["reprompt"] is not None:
            r["reprompt"] = {"outputSpeech": _os(t["reprompt"])}
        if t["end"] is not None:
            r["shouldEndSession"] = t["end"]
        resp = {"version": "1.0", "sessionAttributes": {}, "userAgent": rec.get("ua", "ask-node/2.14.0 Node/v18.19.0"), "response": r}
        out.append((t, sid, new, i, req, resp, ts))
        if t["end"] is True:
            sess_n += 1
            new = True
        else:
            new = False
    return out


def _c(o):
    return json.dumps(o, ensure_ascii=False, separators=(",", ":"))


def render_alexa_rec(case, rec, base):
    shape, path = rec["shape"], os.path.join(base, rec["path"])
    S = sessions(case, rec)
    if shape == "envelope":
        for t, sid, new, i, req, resp, ts in S:
            _dump(path.format(i=i + 1, n=f"{i + 1:02d}"), resp)
    elif shape == "pairs-jsonl":
        _dump(path, "".join(_c({"request": q, "response": p}) + "\n" for t, _, _, _, q, p, _ in S))
    elif shape == "pairs-array":
        _dump(path, [{"request": q, "response": p} for t, _, _, _, q, p, _ in S])
    elif shape in ("smapi-simulation", "smapi-simulation-array"):
        items = []
        for t, sid, new, i, q, p, ts in S:
            items.append({"id": _uid(case["id"], "sim", i), "status": "SUCCESSFUL",
                          "result": {"alexaExecutionInfo": {"alexaResponses": [{"type": "Speech", "content": {"caption": _plain(p)}}],
                                                            "considerIntents": []},
                                     "skillExecutionInfo": {"invocations": [{"invocationRequest": {"endpoint": "arn:aws:lambda:eu-west-1:381492110357:function:" + case["id"][4:], "body": q},
                                                                             "invocationResponse": {"body": p}, "metrics": {"skillExecutionTimeInMilliseconds": 180 + i * 11}}]},
                                     "error": None}})
        if shape == "smapi-simulation-array":
            _dump(path, items)
        else:
            for i, it in enumerate(items):
                _dump(path.format(i=i + 1, n=f"{i + 1:02d}"), it)
    elif shape == "smapi-invocation":
        for t, sid, new, i, q, p, ts in S:
            _dump(path.format(i=i + 1, n=f"{i + 1:02d}"),
                  {"id": _uid(case["id"], "inv", i), "status": "SUCCESSFUL",
                   "result": {"skillExecutionInfo": {"invocationRequest": {"endpoint": "arn:aws:lambda:us-east-1:381492110357:function:" + case["id"][4:], "body": q},
                                                     "invocationResponse": {"body": p}, "metrics": {"skillExecutionTimeInMilliseconds": 201 + i}}, "error": None}})
    elif shape == "ask-dialog":
        inp = [t["user"] for t, *_ in S]
        _dump(path, {"skillId": S[0][4]["session"]["application"]["applicationId"], "locale": rec.get("locale", case["locale"]), "type": "text", "userInput": inp})
        out = path.replace(".json", "") + rec.get("out_suffix", ".output.json")
        if out.endswith(".txt"):
            lines = []
            for t, sid, new, i, q, p, ts in S:
                lines.append(f"User  > {t['user']}")
                lines.append(f"Alexa > {_plain(p)}")
                if "reprompt" in p["response"]:
                    lines.append(f"        (reprompt) {_plain(p, 'reprompt')}")
                lines.append(f"        (session {'closed' if p['response'].get('shouldEndSession') else 'open'})")
            _dump(out, "\n".join(lines) + "\n")
        else:
            _dump(out, [{"utterance": t["user"], "invocations": [{"request": q, "response": p}]} for t, _, _, _, q, p, _ in S])
    elif shape == "cloudwatch-text":
        py = rec.get("py")
        lines = []
        for t, sid, new, i, q, p, ts in S:
            rid = _uid(case["id"], "lam", i)
            lines.append(f"{ts} START RequestId: {rid} Version: $LATEST")
            if py:
                lines.append(f"[INFO]\t{ts}\t{rid}\tRequest Envelope: {_c(q)}")
                lines.append(f"[INFO]\t{ts}\t{rid}\tResponse: {_c(p)}")
            else:
                lines.append(f"{ts}\t{rid}\tINFO\tRequest: {_c(q)}")
                lines.append(f"{ts}\t{rid}\tINFO\tResponse: {_c(p)}")
            lines.append(f"{ts} END RequestId: {rid}")
            lines.append(f"{ts} REPORT RequestId: {rid}\tDuration: {88 + i * 3}.41 ms\tBilled Duration: {89 + i * 3} ms\tMemory Size: 256 MB\tMax Memory Used: 91 MB")
        _dump(path, "\n".join(lines) + "\n")
    elif shape == "cloudwatch-json":
        ev = []
        for t, sid, new, i, q, p, ts in S:
            rid = _uid(case["id"], "lam", i)
            for kind, body in (("Request", q), ("Response", p)):
                ev.append({"logStreamName": "2024/05/14/[$LATEST]" + _h(case["id"])[:32], "timestamp": 1715670000000 + i * 4000,
                           "message": f"{ts}\t{rid}\tINFO\t{kind}: {_c(body)}\n", "ingestionTime": 1715670000500 + i * 4000, "eventId": _h(case["id"], kind, i)[:30]})
        _dump(path, {"events": ev, "searchedLogStreams": []})
    elif shape == "har":
        ents = []
        for t, sid, new, i, q, p, ts in S:
            ents.append({"startedDateTime": ts, "time": 212, "request": {"method": "POST", "url": rec.get("url", "https://skill.example-host.net/alexa"), "httpVersion": "HTTP/1.1",
                         "headers": [{"name": "Content-Type", "value": "application/json"}, {"name": "Signature-256", "value": "REDACTED"}], "queryString": [], "cookies": [],
                         "headersSize": -1, "bodySize": len(_c(q)), "postData": {"mimeType": "application/json", "text": _c(q)}},
                         "response": {"status": 200, "statusText": "OK", "httpVersion": "HTTP/1.1", "headers": [{"name": "Content-Type", "value": "application/json;charset=UTF-8"}],
                                      "cookies": [], "content": {"size": len(_c(p)), "mimeType": "application/json", "text": _c(p)}, "redirectURL": "", "headersSize": -1, "bodySize": len(_c(p))},
                         "cache": {}, "timings": {"send": 1, "wait": 200, "receive": 11}})
        _dump(path, {"log": {"version": "1.2", "creator": {"name": rec.get("creator", "mitmproxy"), "version": "10.1"}, "entries": ents}})
    elif shape == "transcript":
        lines = []
        for t, sid, new, i, q, p, ts in S:
            if new:
                lines.append(f"# session {sid[-12:]}")
            lines.append(f"[{ts}] USER: {t['user']}")
            lines.append(f"[{ts}] SKILL: {_plain(p)}")
            if "reprompt" in p["response"]:
                lines.append(f"[{ts}] REPROMPT: {_plain(p, 'reprompt')}")
            lines.append(f"[{ts}] session_open={str(not p['response'].get('shouldEndSession', False)).lower()}")
        _dump(path, "\n".join(lines) + "\n")
    # ------------- new shapes of this set
    elif shape == "jest-snapshot":
        parts = ["// Jest Snapshot v1, https://goo.gl/fbAQLP\n"]
        for t, sid, new, i, q, p, ts in S:
            body = json.dumps(p, ensure_ascii=False, indent=2).replace("\\", "\\\\").replace("`", "\\`")
            parts.append(f"exports[`{rec.get('suite', case['name'])} {t['intent']} turn {i + 1}: {t['user'].replace('`', '')} 1`] = `\n{body}\n`;\n")
        _dump(path, "\n".join(parts))
    elif shape == "sentry-event":
        crumbs = []
        for t, sid, new, i, q, p, ts in S:
            crumbs.append({"timestamp": ts, "type": "http", "category": "alexa.request", "level": "info", "data": {"envelope": q}})
            crumbs.append({"timestamp": ts, "type": "default", "category": "alexa.response", "level": "info", "data": {"envelope": p}})
        _dump(path, {"event_id": _h(case["id"], "sentry")[:32], "project": rec.get("project", 4504), "platform": "node", "level": "error",
                     "release": rec.get("release", case["id"][4:] + "@1.0.0"), "environment": "production",
                     "exception": {"values": [{"type": "TypeError", "value": rec.get("err", "Cannot read properties of undefined (reading 'value')"),
                                               "stacktrace": {"frames": [{"filename": "index.js", "function": "handle", "lineno": 88}]}}]},
                     "breadcrumbs": {"values": crumbs}, "tags": {"locale": case["locale"], "runtime": "node18.x"}})
    elif shape == "ci-log":
        lines = []
        clock = 0
        def ln(x):
            nonlocal clock
            clock += 1
            lines.append(f"{rec.get('date', '2024-05-14')}T06:12:{clock % 60:02d}.{1000000 + clock * 7919:07d}Z {x}")
        ln("##[group]Run ask dialog --replay " + rec.get("replay", "test/dialog.json") + " --save-skill-io out/io.json")
        ln("##[endgroup]")
        for t, sid, new, i, q, p, ts in S:
            ln(f"User  > {t['user']}")
            ln("[skill-io] request " + _c(q))
            ln("[skill-io] response " + _c(p))
            ln(f"Alexa > {_plain(p)}")
        ln("Post job cleanup.")
        _dump(path, "\n".join(lines) + "\n")
    elif shape == "junit-xml":
        cases = []
        for t, sid, new, i, q, p, ts in S:
            cases.append(f'    <testcase classname="{escape(rec.get("suite", "dialog"))}" name="{escape(t["intent"])} #{i + 1}" time="0.{200 + i}">\n'
                         f"      <system-out><![CDATA[request: {_c(q)}\nresponse: {_c(p)}\n]]></system-out>\n    </testcase>")
        _dump(path, f'<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="skill-tests" tests="{len(S)}" failures="0">\n'
                    f'  <testsuite name="{escape(rec.get("suite", "dialog"))}" tests="{len(S)}" failures="0" errors="0">\n' + "\n".join(cases) + "\n  </testsuite>\n</testsuites>\n")
    elif shape == "analytics-csv":
        buf = io.StringIO()
        w = csv.writer(buf)
        w.writerow(["timestamp", "session_id", "new_session", "locale", "request_type", "intent", "slots", "user_text", "output_speech", "reprompt", "should_end_session"])
        for t, sid, new, i, q, p, ts in S:
            r = p["response"]
            w.writerow([ts, sid, str(new).lower(), q["request"]["locale"], q["request"]["type"], t["intent"] if t["intent"] != "Launch" else "",
                        _c(t["slots"]) if t["slots"] else "", t["user"], (r.get("outputSpeech") or {}).get("ssml") or (r.get("outputSpeech") or {}).get("text", ""),
                        ((r.get("reprompt") or {}).get("outputSpeech") or {}).get("ssml") or ((r.get("reprompt") or {}).get("outputSpeech") or {}).get("text", "") if "reprompt" in r else "",
                        "" if "shouldEndSession" not in r else str(r["shouldEndSession"]).lower()])
        _dump(path, buf.getvalue())
    else:
        raise ValueError(shape)


def _plain(p, where="speech"):
    r = p["response"]
    o = r.get("outputSpeech") if where == "speech" else (r.get("reprompt") or {}).get("outputSpeech")
    if not o:
        return ""
    return o.get("text") if "text" in o else o.get("ssml", "")


# ---------------------------------------------------------------- Alexa package
def skill_package(case, base, over=None):
    c = dict(case)
    c.update(over or {})
    locs = c.get("locales", [c["locale"]])
    pub = {}
    for l in locs:
        pub[l] = {"summary": c.get("summary", c["desc"][:120]), "examplePhrases": c.get("examples", [f"Alexa, open {c['inv']}"]),
                  "keywords": c.get("keywords", []), "name": c.get("listing_name", c["name"]), "description": c["desc"],
                  "smallIconUri": "https://example-cdn.net/icons/%s-108.png" % c["id"][4:], "largeIconUri": "https://example-cdn.net/icons/%s-512.png" % c["id"][4:]}
        if c.get("updates"):
            pub[l]["updatesDescription"] = c["updates"]
    priv = {"allowsPurchases": False, "usesPersonalInfo": bool(c.get("perms")), "isChildDirected": bool(c.get("child")), "isExportCompliant": True, "containsAds": False}
    if c.get("policy"):
        priv["locales"] = {l: {"privacyPolicyUrl": c["policy"], "termsOfUseUrl": c.get("terms", c["policy"].rsplit("/", 1)[0] + "/terms")} for l in locs}
    man = {"publishingInformation": {"locales": pub, "isAvailableWorldwide": False, "testingInstructions": c.get("testing", "Open the skill and follow the prompts."),
                                     "category": c.get("category", "GAMES"), "distributionCountries": c.get("countries", [])},
           "apis": {"custom": {"endpoint": {"uri": "arn:aws:lambda:eu-west-1:381492110357:function:" + c["id"][4:]}}},
           "manifestVersion": "1.0", "privacyAndCompliance": priv}
    if c.get("perms"):
        man["permissions"] = [{"name": p} for p in c["perms"]]
    if c.get("audio"):
        man["apis"]["custom"]["interfaces"] = [{"type": "AUDIO_PLAYER"}]
    _dump(os.path.join(base, "skill-package", "skill.json"), {"manifest": man})
    models = c.get("models") or {l: None for l in locs}
    for l in locs:
        m = models.get(l) or {}
        inv = m.get("inv", c.get("invs", {}).get(l, c["inv"]))
        intents = []
        for name, samples, *slots in m.get("intents", c.get("intents", [])):
            it = {"name": name, "slots": [{"name": k, "type": v} for k, v in (slots[0] if slots else {}).items()], "samples": samples}
            if not it["slots"]:
                del it["slots"]
            intents.append(it)
        for b in BUILTIN:
            if not any(i["name"] == b for i in intents):
                intents.append({"name": b, "samples": []})
        types = [{"name": k, "values": [{"name": {"value": v}} for v in vals]} for k, vals in m.get("types", c.get("types", {})).items()]
        lm = {"invocationName": inv, "intents": intents, "types": types}
        _dump(os.path.join(base, "skill-package", "interactionModels", "custom", l + ".json"), {"interactionModel": {"languageModel": lm}})
    for rel, txt in (c.get("files") or {}).items():
        _dump(os.path.join(base, rel), txt if isinstance(txt, str) else txt)


# ---------------------------------------------------------------- Google
def yaml_str(s):
    return json.dumps(s, ensure_ascii=False)


def render_google(case, base):
    g = case["google"]
    kind = g["kind"]
    loc = case["locale"]
    if kind == "builder":
        ll = "" if loc.startswith("en") else loc.split("-")[0] + "/"
        st = [f"defaultLocale: {loc if False else 'en'}", f"projectId: {case['id'][4:]}-{_h(case['id'])[:5]}", f"category: {g.get('category', 'GAMES_AND_TRIVIA')}",
              f"localizedSettings:", f"  displayName: {yaml_str(case['name'])}", f"  pronunciation: {yaml_str(case['inv'])}",
              f"  shortDescription: {yaml_str(case['desc'][:80])}", f"  fullDescription: {yaml_str(case['desc'])}",
              f"  developerName: {yaml_str(g.get('dev', 'Lindqvist Apps'))}", f"  developerEmail: support@{case['id'][4:]}.example.org"]
        if case.get("policy"):
            st.append(f"  privacyPolicyUrl: {case['policy']}")
        st.append(f"  sampleInvocations:\n  - Talk to {case['inv']}")
        if case.get("child"):
            st.append("designedForFamily: true")
        if not loc.startswith("en"):
            st = [s.replace("defaultLocale: en", f"defaultLocale: {loc.split('-')[0]}") for s in st]
        _dump(os.path.join(base, "sdk/settings/settings.yaml"), "\n".join(st) + "\n")
        _dump(os.path.join(base, "sdk/manifest.yaml"), "version: \"1.0\"\n")
        _dump(os.path.join(base, "sdk/actions/actions.yaml"), "actions:\n  actions.intent.MAIN:\n    handler:\n      webhookHandler: main\n    intent:\n      name: actions.intent.MAIN\n")
        _dump(os.path.join(base, "sdk/webhooks/ActionsOnGoogleFulfillment.yaml"), "handlers:\n" + "".join(f"- name: {h}\n" for h in g.get("handlers", ["main"])) + "inlineCloudFunction:\n  executeFunction: ActionsOnGoogleFulfillment\n")
        for name, phrases, *params in g.get("intents", []):
            y = ""
            if params:
                y += "parameters:\n" + "".join(f"- name: {k}\n  type:\n    name: {v}\n" for k, v in params[0].items())
            y += "trainingPhrases:\n" + "".join(f"- {yaml_str(p)}\n" for p in phrases)
            _dump(os.path.join(base, f"sdk/custom/intents/{ll}{name}.yaml"), y)
        for name, vals in g.get("types", {}).items():
            _dump(os.path.join(base, f"sdk/custom/types/{ll}{name}.yaml"), "synonym:\n  entities:\n" + "".join(f"    {yaml_str(v)}:\n      synonyms:\n      - {yaml_str(v)}\n" for v in vals) + "  matchType: EXACT_MATCH\n")
        for name, text in g.get("scenes", {}).items():
            _dump(os.path.join(base, f"sdk/custom/scenes/{name}.yaml"), text)
    elif kind == "sdk2":
        acts = [{"description": "Default Welcome Intent", "name": "MAIN", "fulfillment": {"conversationName": case["id"][4:]}, "intent": {"name": "actions.intent.MAIN", "trigger": {"queryPatterns": [f"talk to {case['inv']}"]}}}]
        for name, pats in g.get("intents", []):
            acts.append({"name": name, "fulfillment": {"conversationName": case["id"][4:]}, "intent": {"name": name, "parameters": g.get("params", {}).get(name, []), "trigger": {"queryPatterns": pats}}})
        ad = {"actions": acts, "conversations": {case["id"][4:]: {"name": case["id"][4:], "url": "https://europe-west1-" + case["id"][4:] + ".cloudfunctions.net/fulfillment"}}, "locale": loc}
        if g.get("types"):
            ad["types"] = [{"name": k, "entities": [{"key": v, "synonyms": [v]} for v in vs]} for k, vs in g["types"].items()]
        ad["manifest"] = {"displayName": case["name"], "invocationName": case["inv"], "shortDescription": case["desc"][:80], "longDescription": case["desc"], "category": g.get("category", "GAMES")}
        if case.get("policy"):
            ad["manifest"]["privacyUrl"] = case["policy"]
        _dump(os.path.join(base, "action.json"), ad)
    elif kind == "dialogflow":
        lang = loc.split("-")[0]
        _dump(os.path.join(base, "agent.json"), {"description": case["desc"], "language": lang, "shortDescription": case["desc"][:80], "examples": "", "linkToDocs": "", "displayName": case["name"],
                                                  "disableInteractionLogs": False, "disableStackdriverLogs": True, "googleAssistant": {"googleAssistantCompatible": True, "project": case["id"][4:],
                                                  "welcomeIntentSignInRequired": False, "startIntents": [], "systemIntents": [], "endIntentIds": [], "oAuthLinking": {"required": False}, "voiceType": "MALE_1",
                                                  "capabilities": [], "env": "", "protocolVersion": "V2", "autoPreviewEnabled": False, "isDeviceAgent": False,
                                                  "invocationName": case["inv"], **({"privacyPolicyUrl": case["policy"]} if case.get("policy") else {})},
                                                  "defaultTimezone": g.get("tz", "Europe/Madrid"), "webhook": {"url": "https://" + case["id"][4:] + ".example-run.app/webhook", "available": True, "useForDomains": False},
                                                  "isPrivate": True, "mlMinConfidence": 0.3, "supportedLanguages": [], "enableOnePlatformResponses": True})
        _dump(os.path.join(base, "package.json"), {"version": "1.0.0"})
        for name, phrases, *params in g.get("intents", []):
            pr = params[0] if params else {}
            _dump(os.path.join(base, f"intents/{name}.json"), {"id": _uid(case["id"], name), "name": name, "auto": True, "contexts": [], "webhookUsed": True, "fallbackIntent": name == "Default Fallback Intent",
                                                                 "responses": [{"resetContexts": False, "action": name.lower().replace(" ", "."), "affectedContexts": [],
                                                                                "parameters": [{"id": _uid(case["id"], name, k), "required": False, "dataType": v, "name": k, "value": "$" + k, "isList": False} for k, v in pr.items()],
                                                                                "messages": [], "endInteraction": False}], "priority": 500000})
            ud = []
            for ph in phrases:
                data = []
                for chunk in ph.split("|"):
                    if chunk.startswith("@"):
                        ty, al = chunk.split(":")
                        data.append({"text": "x", "alias": al, "meta": ty, "userDefined": True})
                    elif chunk:
                        data.append({"text": chunk, "userDefined": False})
                ud.append({"id": _uid(case["id"], name, ph), "data": data, "isTemplate": False, "count": 0, "lang": lang, "updated": 0})
            if ud:
                _dump(os.path.join(base, f"intents/{name}_usersays_{lang}.json"), ud)
        for name, vals in g.get("types", {}).items():
            _dump(os.path.join(base, f"entities/{name}.json"), {"id": _uid(case["id"], name), "name": name, "isOverridable": True, "isEnum": False, "isRegexp": False, "automatedExpansion": False, "allowFuzzyExtraction": False})
            _dump(os.path.join(base, f"entities/{name}_entries_{lang}.json"), [{"value": v, "synonyms": [v]} for v in vals])


def render_google_rec(case, rec, base):
    shape, path = rec["shape"], os.path.join(base, rec["path"])
    conv = "ABwppHF" + _h(case["id"], rec["path"])[:24]
    lang = case["locale"]
    items = []
    for i, t in enumerate(rec["turns"]):
        exp = not t["end"]
        if shape == "gactions-conversation":
            rq = {"user": {"locale": lang, "lastSeen": "2024-05-13T10:00:00Z", "userVerificationStatus": "VERIFIED"},
                  "conversation": {"conversationId": conv, "type": "NEW" if i == 0 else "ACTIVE", **({} if i == 0 else {"conversationToken": "[]"})},
                  "inputs": [{"intent": "actions.intent.MAIN" if t["intent"] == "Launch" else t["intent"], "rawInputs": [{"inputType": "VOICE", "query": t["user"]}],
                              **({"arguments": [{"name": k, "textValue": v, "rawText": v} for k, v in t["slots"].items()]} if t["slots"] else {})}],
                  "surface": {"capabilities": [{"name": "actions.capability.AUDIO_OUTPUT"}]}, "isInSandbox": True, "requestType": "SIMULATOR"}
            rp = {"expectUserResponse": exp}
            items_ = [{"simpleResponse": {"textToSpeech": t["speech"]}}]
            if t["card"]:
                items_.append({"basicCard": {"title": t["card"][0], "formattedText": t["card"][1]}})
            if exp:
                rp["expectedInputs"] = [{"inputPrompt": {"richInitialPrompt": {"items": items_}, **({"noInputPrompts": [{"textToSpeech": x} for x in t["reprompt"]]} if t["reprompt"] else {})},
                                         "possibleIntents": [{"intent": t.get("next_intent") or "actions.intent.TEXT"}]}]
                if t.get("permission"):
                    rp["expectedInputs"][0]["possibleIntents"] = [{"intent": "actions.intent.PERMISSION", "inputValueData": {"@type": "type.googleapis.com/google.actions.v2.PermissionValueSpec",
                                                                   "optContext": t["permission"][0], "permissions": t["permission"][1]}}]
            else:
                rp["finalResponse"] = {"richResponse": {"items": items_}}
            items.append({"request": rq, "response": rp})
        elif shape == "dialogflow-webhook":
            rq = {"responseId": _uid(case["id"], "df", i), "session": f"projects/{case['id'][4:]}/agent/sessions/{conv}",
                  "queryResult": {"queryText": t["user"], "parameters": t["slots"], "allRequiredParamsPresent": True, "intent": {"name": f"projects/{case['id'][4:]}/agent/intents/{_uid(case['id'], t['intent'])}", "displayName": t["intent"] if t["intent"] != "Launch" else "Default Welcome Intent"},
                                  "intentDetectionConfidence": 1, "languageCode": lang.split("-")[0] if not rec.get("full_lang") else lang},
                  "originalDetectIntentRequest": {"source": "google", "version": "2", "payload": {"user": {"locale": lang}, "conversation": {"conversationId": conv, "type": "NEW" if i == 0 else "ACTIVE"},
                                                                                               "inputs": [{"rawInputs": [{"query": t["user"], "inputType": "VOICE"}]}]}}}
            items_ = [{"simpleResponse": {"textToSpeech": t["speech"]}}]
            if t["card"]:
                items_.append({"basicCard": {"title": t["card"][0], "formattedText": t["card"][1]}})
            gp = {"expectUserResponse": exp, "richResponse": {"items": items_}}
            if t["reprompt"]:
                gp["noInputPrompts"] = [{"textToSpeech": x} for x in t["reprompt"]]
            if t.get("permission"):
                gp["systemIntent"] = {"intent": "actions.intent.PERMISSION", "data": {"@type": "type.googleapis.com/google.actions.v2.PermissionValueSpec", "optContext": t["permission"][0], "permissions": t["permission"][1]}}
            items.append({"request": rq, "response": {"fulfillmentText": t["speech"], "payload": {"google": gp}}})
        elif shape == "gactions-scene":
            rq = {"handler": {"name": t.get("handler", "main" if t["intent"] == "Launch" else t["intent"].lower())},
                  "intent": {"name": "actions.intent.MAIN" if t["intent"] == "Launch" else t["intent"], "params": {k: {"original": v, "resolved": v} for k, v in t["slots"].items()}, "query": t["user"]},
                  "scene": {"name": t.get("scene", "actions.scene.START_CONVERSATION" if i == 0 else "Main"), "slotFillingStatus": "UNSPECIFIED", "slots": {}},
                  "session": {"id": conv, "params": {}, "typeOverrides": [], "languageCode": lang}, "user": {"locale": lang, "params": {}, "accountLinkingStatus": "ACCOUNT_LINKING_STATUS_UNSPECIFIED", "verificationStatus": "VERIFIED"},
                  "device": {"capabilities": ["SPEECH", "RICH_RESPONSE", "LONG_FORM_AUDIO"]}}
            pr = {"override": False, "firstSimple": {"speech": t["speech"], "text": t.get("text", t["speech"])}}
            if t["card"]:
                pr["content"] = {"card": {"title": t["card"][0], "text": t["card"][1]}}
            rp = {"session": {"id": conv, "params": {}}, "prompt": pr, "scene": {"name": rq["scene"]["name"], "slots": {}, "next": {"name": "actions.scene.END_CONVERSATION" if t["end"] else t.get("next", "Main")}}}
            items.append({"request": rq, "response": rp})
        else:
            raise ValueError(shape)
    if rec.get("split"):
        for i, it in enumerate(items):
            _dump(path.format(i=i + 1, n=f"{i + 1:02d}"), it)
    elif path.endswith(".jsonl"):
        _dump(path, "".join(_c(x) + "\n" for x in items))
    else:
        _dump(path, items)


def render_case(case, root):
    base = os.path.join(root, "cases", case["id"])
    if case.get("google"):
        render_google(case, base)
        for extra in case.get("extra", []):
            _dump(os.path.join(base, extra[0]), extra[1])
    else:
        skill_package(case, base)
        for v in case.get("prev", []):
            skill_package(case, os.path.join(base, v["folder"]), v)
    for rec in case.get("recs", []):
        if rec["shape"] in ("gactions-conversation", "dialogflow-webhook", "gactions-scene"):
            render_google_rec(case, rec, base)
        else:
            render_alexa_rec(case, rec, base)
    shapes = sorted({("smapi-simulation" if r["shape"] == "smapi-simulation-array" else r["shape"]) for r in case.get("recs", [])})
    return {"categories": sorted(case["cats"]), "locale": case["locale"], "shapes": shapes, "why": case["why"]}
