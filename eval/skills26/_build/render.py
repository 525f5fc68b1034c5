"""Renderer: turns the hand-written case descriptions in cases_*.py into project folders and labels.json."""
import json, os, uuid, hashlib, csv, io, random
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "cases")

def hid(*a):
    return hashlib.sha1("|".join(map(str, a)).encode()).hexdigest()

def uid(*a):
    h = hid(*a); return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"

def w(path, data):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        if isinstance(data, str): f.write(data)
        else: json.dump(data, f, ensure_ascii=False, indent=2)

def T(u, intent, speech, rp=None, end=False, card=None, slots=None, ssml=True, directives=None):
    return dict(u=u, intent=intent, speech=speech, rp=rp, end=end, card=card, slots=slots or {}, ssml=ssml, directives=directives)

# ---------------- Alexa package ----------------
def alexa_package(d, c):
    loc = c["locale"]; locs = c.get("locales", [loc])
    info = {}
    for l in locs:
        info[l] = {"name": c["name"], "summary": c.get("summary", c["desc"][:150]), "description": c["desc"],
                   "examplePhrases": c.get("examples", [f"Alexa, open {c['inv']}"]),
                   "smallIconUri": "https://example-cdn.net/icons/%s-108.png" % c["id"][:3],
                   "largeIconUri": "https://example-cdn.net/icons/%s-512.png" % c["id"][:3]}
    pc = {"allowsPurchases": False, "usesPersonalInfo": bool(c.get("perms")), "isChildDirected": c.get("kids", False),
          "isExportCompliant": True, "containsAds": False}
    if c.get("policy"):
        pc["locales"] = {l: {"privacyPolicyUrl": c["policy"], "termsOfUseUrl": c["policy"].rsplit("/", 1)[0] + "/terms"} for l in locs}
    man = {"manifest": {"publishingInformation": {"locales": info, "isAvailableWorldwide": False,
            "distributionCountries": c.get("countries", [loc.split("-")[1]]), "category": c.get("cat", "GAMES"),
            "testingInstructions": "n/a"},
            "apis": {"custom": {"endpoint": {"uri": "arn:aws:lambda:eu-west-1:000000000000:function:" + c["id"][4:]}}},
            "manifestVersion": "1.0", "privacyAndCompliance": pc}}
    if c.get("perms"):
        man["manifest"]["permissions"] = [{"name": p} for p in c["perms"]]
    if c.get("interfaces"):
        man["manifest"]["apis"]["custom"]["interfaces"] = [{"type": i} for i in c["interfaces"]]
    w(os.path.join(d, "skill-package", "skill.json"), man)
    for l in locs:
        intents = []
        for name, samples, slots in c.get("intents", []):
            it = {"name": name, "samples": samples}
            if slots: it["slots"] = [{"name": k, "type": v} for k, v in slots.items()]
            intents.append(it)
        for b in ("AMAZON.StopIntent", "AMAZON.CancelIntent", "AMAZON.HelpIntent", "AMAZON.FallbackIntent", "AMAZON.NavigateHomeIntent"):
            if b not in [i["name"] for i in intents]: intents.append({"name": b, "samples": []})
        types = [{"name": n, "values": [{"name": {"value": v}} for v in vals]} for n, vals in c.get("types", {}).items()]
        w(os.path.join(d, "skill-package", "interactionModels", "custom", l + ".json"),
          {"interactionModel": {"languageModel": {"invocationName": c["inv"], "intents": intents, "types": types}}})
    w(os.path.join(d, "ask-resources.json"), {"askcliResourcesVersion": "2020-03-31", "profiles": {"default": {"skillMetadata": {"src": "./skill-package"}, "code": {"default": {"src": "./lambda"}}}}})

def ospeech(t, ssml):
    if t is None: return None
    if ssml: return {"type": "SSML", "ssml": t if t.startswith("<speak>") else f"<speak>{t}</speak>"}
    return {"type": "PlainText", "text": t}

def resp_env(t):
    r = {"outputSpeech": ospeech(t["speech"], t["ssml"])}
    if t["speech"] is None: del r["outputSpeech"]
    if t["rp"] is not None: r["reprompt"] = {"outputSpeech": ospeech(t["rp"], t["ssml"])}
    if isinstance(t["card"], dict): r["card"] = t["card"]
    elif t["card"]: r["card"] = {"type": "Simple", "title": t["card"][0], "content": t["card"][1]}
    if t.get("directives"): r["directives"] = t["directives"]
    r["shouldEndSession"] = t["end"]
    return {"version": "1.0", "sessionAttributes": {}, "response": r}

def sessions(c, turns, tag=""):
    """assign session ids / new flags; a session ends when end=True"""
    out, sid, new, n = [], None, True, 0
    for i, t in enumerate(turns):
        if sid is None:
            n += 1; sid = "amzn1.echo-api.session." + uid(c["id"], tag, n); new = True
        out.append((sid, new, t)); new = False
        if t["end"]: sid = None
    return out

def req_env(c, sid, new, t, i, ts="2026-11-20T18:%02d:%02dZ"):
    appid = "amzn1.ask.skill." + uid(c["id"], "app")
    user = {"userId": "amzn1.ask.account." + hid(c["id"], "u").upper()[:40]}
    if c.get("perms"): user["permissions"] = {"consentToken": "eyJ0eXAiOiJKV1Qi." + hid(c["id"])[:20]}
    intent = t["intent"]
    if intent == "LaunchRequest":
        rq = {"type": "LaunchRequest"}
    elif intent == "SessionEndedRequest":
        rq = {"type": "SessionEndedRequest", "reason": "USER_INITIATED"}
    else:
        rq = {"type": "IntentRequest", "intent": {"name": intent, "confirmationStatus": "NONE",
              "slots": {k: {"name": k, "value": v, "confirmationStatus": "NONE"} for k, v in t["slots"].items()}}}
    rq.update({"requestId": "amzn1.echo-api.request." + uid(c["id"], sid, i), "timestamp": ts % (i // 60, i % 60 * 7 % 60),
               "locale": c["locale"]})
    return {"version": "1.0", "session": {"new": new, "sessionId": sid, "application": {"applicationId": appid}, "user": user},
            "context": {"System": {"application": {"applicationId": appid}, "user": user, "device": {"deviceId": "amzn1.ask.device." + hid(c["id"], "d")[:30], "supportedInterfaces": {}},
                        "apiEndpoint": "https://api.eu.amazonalexa.com"}}, "request": rq}

def pairs(c, turns, tag=""):
    return [(req_env(c, s, n, t, i), resp_env(t), t) for i, (s, n, t) in enumerate(sessions(c, turns, tag))]

def spoken(t):
    import re
    return None if t is None else re.sub(r"<[^>]+>", "", t)

# ---------------- recording shapes ----------------
def rec(d, c, shape, turns, path, tag="", meta=None):
    P = pairs(c, turns, tag); f = os.path.join(d, path); meta = meta or {}
    endpoint = "arn:aws:lambda:eu-west-1:000000000000:function:" + c["id"][4:]
    if shape == "envelope":
        for i, (_, r, t) in enumerate(P):
            w(os.path.join(f, "%02d-%s.json" % (i + 1, t["intent"].split(".")[-1].lower())), r)
    elif shape == "pairs-jsonl":
        w(f, "".join(json.dumps({"request": q, "response": r}, ensure_ascii=False) + "\n" for q, r, _ in P))
    elif shape == "pairs-array":
        w(f, [{"request": q, "response": r} for q, r, _ in P])
    elif shape == "smapi-simulation":
        for i, (q, r, t) in enumerate(P):
            w(os.path.join(f, "sim-%02d.json" % (i + 1)), {"id": uid(c["id"], "sim", i), "status": "SUCCESSFUL",
              "result": {"alexaExecutionInfo": {"alexaResponses": [{"type": "Speech", "content": {"caption": spoken(t["speech"]) or ""}}], "consideredIntents": []},
                         "skillExecutionInfo": {"invocations": [{"invocationRequest": {"endpoint": endpoint, "body": q}, "invocationResponse": {"body": r}, "metrics": {"skillExecutionTimeInMilliseconds": 140 + i}}]}, "error": None}})
    elif shape == "smapi-invocation":
        w(f, [{"id": uid(c["id"], "inv", i), "status": "SUCCESSFUL", "result": {"skillExecutionInfo": {"invocationRequest": {"endpoint": endpoint, "body": q}, "invocationResponse": {"body": r}, "metrics": {"skillExecutionTimeInMilliseconds": 88}}, "error": None}} for i, (q, r, t) in enumerate(P)])
    elif shape == "ask-dialog":
        w(f + ".replay.json", {"skillId": "amzn1.ask.skill." + uid(c["id"], "app"), "locale": c["locale"], "type": "text", "userInput": [t["u"] for _, _, t in P]})
        w(f + ".output.json", [{"utterance": t["u"], "invocations": [{"invocationRequest": {"endpoint": endpoint, "body": q}, "invocationResponse": {"body": r}}]} for q, r, t in P])
    elif shape == "cloudwatch-text":
        lines = []
        for i, (q, r, t) in enumerate(P):
            rid = uid(c["id"], "cw", i); ts = "2026-11-%02dT10:%02d:%02d.%03dZ" % (meta.get("day", 21), i, i * 3 % 60, i * 37 % 1000)
            lines += [f"START RequestId: {rid} Version: {meta.get('ver', '$LATEST')}",
                      f"{ts}\t{rid}\tINFO\tRequest: {json.dumps(q, ensure_ascii=False)}",
                      f"{ts}\t{rid}\tINFO\tResponse: {json.dumps(r, ensure_ascii=False)}",
                      f"END RequestId: {rid}", f"REPORT RequestId: {rid}\tDuration: {30 + i}.12 ms\tBilled Duration: {31 + i} ms\tMemory Size: 128 MB\tMax Memory Used: 71 MB"]
        w(f, "\n".join(lines) + "\n")
    elif shape == "cloudwatch-json":
        ev = []
        for i, (q, r, t) in enumerate(P):
            rid = uid(c["id"], "cj", i); base = 1795000000000 + meta.get("day", 0) * 86400000 + i * 4000
            ev.append({"logStreamName": "2026/11/%s/[$LATEST]%s" % (meta.get("day", 21), hid(c["id"])[:32]), "timestamp": base, "message": f"{rid}\tINFO\tRequest: {json.dumps(q, ensure_ascii=False)}\n", "ingestionTime": base + 300, "eventId": hid(rid, 1)[:36]})
            ev.append({"logStreamName": "2026/11/%s/[$LATEST]%s" % (meta.get("day", 21), hid(c["id"])[:32]), "timestamp": base + 40, "message": f"{rid}\tINFO\tResponse: {json.dumps(r, ensure_ascii=False)}\n", "ingestionTime": base + 340, "eventId": hid(rid, 2)[:36]})
        w(f, {"events": ev, "searchedLogStreams": []})
    elif shape == "har":
        ents = []
        for i, (q, r, t) in enumerate(P):
            qs, rs = json.dumps(q, ensure_ascii=False), json.dumps(r, ensure_ascii=False)
            ents.append({"startedDateTime": "2026-11-22T09:%02d:00.000Z" % i, "time": 120, "request": {"method": "POST", "url": c.get("url", "https://skills.example-host.io/alexa/" + c["id"][4:]), "httpVersion": "HTTP/1.1",
                         "headers": [{"name": "Content-Type", "value": "application/json"}, {"name": "Signature-256", "value": hid(i)}], "queryString": [], "cookies": [], "headersSize": -1, "bodySize": len(qs),
                         "postData": {"mimeType": "application/json", "text": qs}},
                         "response": {"status": 200, "statusText": "OK", "httpVersion": "HTTP/1.1", "headers": [], "cookies": [], "content": {"size": len(rs), "mimeType": "application/json;charset=UTF-8", "text": rs}, "redirectURL": "", "headersSize": -1, "bodySize": len(rs)},
                         "cache": {}, "timings": {"send": 1, "wait": 110, "receive": 9}})
        w(f, {"log": {"version": "1.2", "creator": {"name": "mitmproxy", "version": "10.1"}, "entries": ents}})
    elif shape == "transcript":
        L = []
        for i, (q, r, t) in enumerate(P):
            L.append(f"[2026-11-23 14:{i:02d}:05] USER: {t['u']}")
            L.append(f"[2026-11-23 14:{i:02d}:06] SKILL: {spoken(t['speech']) or ''}")
            if t["rp"] is not None: L.append(f"[2026-11-23 14:{i:02d}:06] REPROMPT: {spoken(t['rp'])!r}")
            L.append(f"session_open={'no' if t['end'] else 'yes'}")
        w(f, "\n".join(L) + "\n")
    # ---- shapes outside the usual list ----
    elif shape == "bst-yaml":  # Bespoken unit-test spec with the expected prompts
        L = ["---", "configuration:", f"  locale: {c['locale']}", "  handler: index.handler", "", "---", f"- test: {c['name']} conversation"]
        for q, r, t in P:
            L.append(f"- {json.dumps(t['u'], ensure_ascii=False)}:")
            L.append(f"  - prompt: {json.dumps(r['response'].get('outputSpeech', {}).get('ssml', r['response'].get('outputSpeech', {}).get('text', '')), ensure_ascii=False)}")
            if "reprompt" in r["response"]:
                ro = r["response"]["reprompt"]["outputSpeech"]
                L.append(f"  - reprompt: {json.dumps(ro.get('ssml', ro.get('text')), ensure_ascii=False)}")
            if r["response"].get("card", {}).get("type") == "Simple":
                L.append(f"  - card.title: {json.dumps(r['response']['card']['title'], ensure_ascii=False)}")
                L.append(f"  - card.content: {json.dumps(r['response']['card']['content'], ensure_ascii=False)}")
            L.append(f"  - response.shouldEndSession: {str(r['response']['shouldEndSession']).lower()}")
        w(f, "\n".join(L) + "\n")
    elif shape == "postman":  # Postman v2.1 collection with saved example responses
        items = []
        for i, (q, r, t) in enumerate(P):
            items.append({"name": f"{i+1:02d} {t['u']}", "request": {"method": "POST", "header": [{"key": "Content-Type", "value": "application/json"}], "body": {"mode": "raw", "raw": json.dumps(q, ensure_ascii=False, indent=1)}, "url": {"raw": "{{skill_url}}", "host": ["{{skill_url}}"]}},
                          "response": [{"name": "saved", "status": "OK", "code": 200, "_postman_previewlanguage": "json", "header": [], "body": json.dumps(r, ensure_ascii=False, indent=1)}]})
        w(f, {"info": {"_postman_id": uid(c["id"], "pm"), "name": c["name"] + " endpoint", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"}, "item": items})
    elif shape == "ipynb":  # Jupyter notebook whose cell outputs hold the envelopes
        cells = [{"cell_type": "markdown", "metadata": {}, "source": [f"# {c['name']} – local handler check\n"]}]
        for i, (q, r, t) in enumerate(P):
            cells.append({"cell_type": "code", "execution_count": i + 1, "metadata": {}, "source": [f"req = load_fixture({t['u']!r})\n", "res = handler(req, None)\n", "res"],
                          "outputs": [{"output_type": "execute_result", "execution_count": i + 1, "metadata": {}, "data": {"text/plain": [json.dumps(r, ensure_ascii=False)], "application/json": r}}]})
        w(f, {"cells": cells, "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}}, "nbformat": 4, "nbformat_minor": 5})
    elif shape == "csv-sheet":  # QA spreadsheet export
        s = io.StringIO(); cw = csv.writer(s)
        cw.writerow(["tester", "date", "session", "user said", "intent", "alexa said", "reprompt", "card", "session stays open", "notes"])
        for i, (q, r, t) in enumerate(P):
            cw.writerow(["mk", "2026-11-%02d" % meta.get("day", 24), q["session"]["sessionId"][-6:], t["u"], t["intent"], spoken(t["speech"]) or "", "" if t["rp"] is None else t["rp"], (json.dumps(t["card"]) if isinstance(t["card"], dict) else " / ".join(t["card"])) if t["card"] else "", "FALSE" if t["end"] else "TRUE", ""])
        w(f, s.getvalue())
    elif shape == "es-export":  # log shipper: Elasticsearch/OpenSearch _search export
        hits = []
        for i, (q, r, t) in enumerate(P):
            for kind, body in (("request", q), ("response", r)):
                hits.append({"_index": "skill-logs-2026.11", "_id": hid(c["id"], i, kind)[:20], "_score": None, "_source": {"@timestamp": "2026-11-%02dT08:%02d:%02dZ" % (meta.get("day", 25), i, 3 if kind == "response" else 1), "service": c["id"][4:], "log.level": "info", "event.kind": kind, "alexa.session_id": q["session"]["sessionId"], "message": json.dumps(body, ensure_ascii=False)}})
        w(f, {"took": 12, "timed_out": False, "hits": {"total": {"value": len(hits), "relation": "eq"}, "hits": hits}})
    elif shape == "jest-snapshot":
        L = ["// Jest Snapshot v1, https://goo.gl/fbAQLP", ""]
        for i, (q, r, t) in enumerate(P):
            L.append(f"exports[`handler {t['intent']} {i+1}`] = `")
            L.append(json.dumps(r, ensure_ascii=False, indent=2).replace("`", "\\`"))
            L.append("`;\n")
        w(f, "\n".join(L))
    else:
        raise ValueError(shape)

# ---------------- Google ----------------
def google_package(d, c):
    k = c["gkind"]; loc = c["locale"]; lang = loc.split("-")[0]
    if k == "builder":
        S = ["defaultLocale: %s" % lang, "projectId: %s" % c["id"][4:], "localizedSettings:", f"  displayName: {c['name']}", f"  pronunciation: {c['inv']}",
             f"  shortDescription: {json.dumps(c['desc'][:80], ensure_ascii=False)}", f"  fullDescription: {json.dumps(c['desc'], ensure_ascii=False)}",
             *( [f"  privacyPolicyUrl: {c['policy']}"] if c.get('policy') else [] ), "  developerName: " + c.get("dev", "Indie Dev"), "category: " + c.get("gcat", "GAMES_AND_TRIVIA"),
             "usesTransactionsApi: false", "designedForFamily: " + str(c.get("kids", False)).lower()]
        w(os.path.join(d, "sdk", "settings", "settings.yaml"), "\n".join(S) + "\n")
        for name, samples, slots in c.get("intents", []):
            L = ["trainingPhrases:"] + [f"- {json.dumps(s, ensure_ascii=False)}" for s in samples]
            if slots: L += ["parameters:"] + [f"- name: {k2}\n  type:\n    name: {v}" for k2, v in slots.items()]
            w(os.path.join(d, "sdk", "custom", "intents", name + ".yaml"), "\n".join(L) + "\n")
        for name, vals in c.get("types", {}).items():
            L = ["synonym:", "  entities:"] + [f"    {hid(v)[:6]}:\n      synonyms:\n      - {json.dumps(v, ensure_ascii=False)}" for v in vals]
            w(os.path.join(d, "sdk", "custom", "types", name + ".yaml"), "\n".join(L) + "\n")
        for sc in c.get("scenes", ["Main"]):
            w(os.path.join(d, "sdk", "custom", "scenes", sc + ".yaml"), "onEnter:\n  webhookHandler: %s_enter\nintentEvents:\n- handler:\n    webhookHandler: route\n  intent: %s\n" % (sc.lower(), c["intents"][0][0] if c.get("intents") else "actions.intent.MAIN"))
        w(os.path.join(d, "sdk", "manifest.yaml"), "version: \"1.0\"\n")
    elif k == "sdk":
        acts = [{"description": "Default Welcome Intent", "name": "MAIN", "fulfillment": {"conversationName": c["id"][4:]}, "intent": {"name": "actions.intent.MAIN", "trigger": {"queryPatterns": [f"talk to {c['inv']}"]}}}]
        for name, samples, slots in c.get("intents", []):
            acts.append({"name": name, "fulfillment": {"conversationName": c["id"][4:]}, "intent": {"name": name, "parameters": [{"name": k2, "type": v} for k2, v in (slots or {}).items()], "trigger": {"queryPatterns": samples}}})
        w(os.path.join(d, "action.json"), {"actions": acts, "conversations": {c["id"][4:]: {"name": c["id"][4:], "url": "https://us-central1-%s.cloudfunctions.net/fulfillment" % c["id"][4:]}}, "locale": loc,
            "manifest": {"displayName": c["name"], "invocationName": c["inv"], "shortDescription": c["desc"][:80], "longDescription": c["desc"], "privacyUrl": c.get("policy", "")}})
    else:  # dialogflow export
        w(os.path.join(d, "agent.json"), {"description": c["desc"], "language": lang, "supportedLanguages": [], "defaultTimezone": "Europe/Madrid", "webhook": {"url": "https://hooks.example-run.app/df", "available": True},
            "googleAssistant": {"project": c["id"][4:], "oAuthLinking": {"required": False}, "voiceType": "MALE_1", "capabilities": [], "startIntents": [], "systemIntents": [], "endIntentIds": [], "invocationName": c["inv"], "privacyPolicyUrl": c.get("policy", "")},
            "displayName": c["name"]})
        for name, samples, slots in c.get("intents", []):
            w(os.path.join(d, "intents", name + ".json"), {"id": uid(c["id"], name), "name": name, "auto": True, "webhookUsed": True, "responses": [{"parameters": [{"name": k2, "dataType": v, "value": "$" + k2} for k2, v in (slots or {}).items()], "messages": []}]})
            ups = []
            for s in samples:
                parts = []
                import re
                for tok in re.split(r"(\{[^}]+\})", s):
                    if not tok: continue
                    if tok.startswith("{"):
                        n = tok[1:-1]; parts.append({"text": n, "alias": n, "meta": (slots or {}).get(n, "@sys.any"), "userDefined": True})
                    else: parts.append({"text": tok, "userDefined": False})
                ups.append({"id": uid(s), "data": parts, "isTemplate": False, "count": 0})
            w(os.path.join(d, "intents", f"{name}_usersays_{lang}.json"), ups)
        for name, vals in c.get("types", {}).items():
            w(os.path.join(d, "entities", name + ".json"), {"name": name, "isOverridable": True, "isEnum": False, "automatedExpansion": False})
            w(os.path.join(d, "entities", f"{name}_entries_{lang}.json"), [{"value": v, "synonyms": [v]} for v in vals])

def G(u, intent, speech, expect=True, noinput=None, perm=None, scene=None, nxt=None, params=None, card=None):
    return dict(u=u, intent=intent, speech=speech, expect=expect, noinput=noinput, perm=perm, scene=scene, nxt=nxt, params=params or {}, card=card)

def grec(d, c, shape, turns, path):
    f = os.path.join(d, path); out = []; conv = "ABwppHG" + hid(c["id"])[:20]
    for i, t in enumerate(turns):
        if shape == "gactions-scene":
            req = {"handler": {"name": t["scene"] or "route"}, "intent": {"name": t["intent"], "params": {k: {"original": v, "resolved": v} for k, v in t["params"].items()}, "query": t["u"]},
                   "scene": {"name": t["scene"] or "Main", "slotFillingStatus": "UNSPECIFIED", "slots": {}}, "session": {"id": conv, "params": {}, "languageCode": c["locale"]}, "user": {"locale": c["locale"], "verificationStatus": "VERIFIED"}, "device": {"capabilities": ["SPEECH", "RICH_RESPONSE"]}}
            res = {"session": {"id": conv, "params": {}}, "prompt": {"override": False, "firstSimple": {"speech": t["speech"], "text": spoken(t["speech"])}}}
            if t["card"]: res["prompt"]["content"] = {"card": {"title": t["card"][0], "text": t["card"][1]}}
            res["scene"] = {"name": t["scene"] or "Main", "slots": {}, "next": {"name": t["nxt"] or ("actions.scene.END_CONVERSATION" if not t["expect"] else (t["scene"] or "Main"))}}
            out.append({"request": req, "response": res})
        elif shape == "gactions-conversation":
            req = {"user": {"locale": c["locale"], "userVerificationStatus": "VERIFIED"}, "conversation": {"conversationId": conv, "type": "NEW" if i == 0 else "ACTIVE"},
                   "inputs": [{"intent": t["intent"], "rawInputs": [{"inputType": "VOICE", "query": t["u"]}], "arguments": [{"name": k, "textValue": v, "rawText": v} for k, v in t["params"].items()]}], "surface": {"capabilities": [{"name": "actions.capability.AUDIO_OUTPUT"}]}}
            res = {"expectUserResponse": t["expect"]}
            items = [{"simpleResponse": {"textToSpeech": t["speech"]}}]
            if t["card"]: items.append({"basicCard": {"title": t["card"][0], "formattedText": t["card"][1]}})
            if t["expect"]:
                ei = {"inputPrompt": {"richInitialPrompt": {"items": items}}, "possibleIntents": [{"intent": "actions.intent.TEXT"}]}
                if t["noinput"] is not None: ei["inputPrompt"]["noInputPrompts"] = [{"textToSpeech": x} for x in t["noinput"]]
                if t["perm"]: ei["possibleIntents"] = [{"intent": "actions.intent.PERMISSION", "inputValueData": {"@type": "type.googleapis.com/google.actions.v2.PermissionValueSpec", "optContext": t["perm"][0], "permissions": t["perm"][1]}}]
                res["expectedInputs"] = [ei]
            else:
                res["finalResponse"] = {"richResponse": {"items": items}}
            out.append({"request": req, "response": res})
        else:  # dialogflow-webhook
            req = {"responseId": uid(c["id"], i), "session": f"projects/{c['id'][4:]}/agent/sessions/{conv}", "queryResult": {"queryText": t["u"], "parameters": t["params"], "allRequiredParamsPresent": True, "intent": {"name": f"projects/{c['id'][4:]}/agent/intents/{uid(t['intent'])}", "displayName": t["intent"]}, "languageCode": c["locale"].split("-")[0]},
                   "originalDetectIntentRequest": {"source": "google", "version": "2", "payload": {"conversation": {"conversationId": conv, "type": "ACTIVE"}, "inputs": [{"rawInputs": [{"query": t["u"], "inputType": "VOICE"}]}]}}}
            g = {"expectUserResponse": t["expect"], "richResponse": {"items": [{"simpleResponse": {"textToSpeech": t["speech"]}}]}}
            if t["card"]: g["richResponse"]["items"].append({"basicCard": {"title": t["card"][0], "formattedText": t["card"][1]}})
            if t["noinput"] is not None: g["noInputPrompts"] = [{"textToSpeech": x} for x in t["noinput"]]
            if t["perm"]: g["systemIntent"] = {"intent": "actions.intent.PERMISSION", "data": {"@type": "type.googleapis.com/google.actions.v2.PermissionValueSpec", "optContext": t["perm"][0], "permissions": t["perm"][1]}}
            res = {"fulfillmentText": spoken(t["speech"]), "payload": {"google": g}}
            out.append({"request": req, "response": res})
    if path.endswith(".jsonl"):
        w(f, "".join(json.dumps(o, ensure_ascii=False) + "\n" for o in out))
    else:
        w(f, out)

# ---------------- driver ----------------
LABELS = {}
def build(c):
    d = os.path.join(OUT, c["id"])
    if c.get("gkind"): google_package(d, c)
    else: alexa_package(d, c)
    shapes = []
    for r in c.get("recs", []):
        shape, path, turns = r[0], r[1], r[2]
        meta = r[3] if len(r) > 3 else {}
        if shape.startswith("g") and shape in ("gactions-scene", "gactions-conversation") or shape == "dialogflow-webhook":
            grec(d, c, shape, turns, path)
        else:
            rec(d, c, shape, turns, path, tag=path, meta=meta)
        if shape not in shapes: shapes.append(shape)
    for p, txt in c.get("extra", {}).items():
        w(os.path.join(d, p), txt)
    LABELS[c["id"]] = {"categories": sorted(c["cats"]), "locale": c["locale"], "shapes": shapes, "why": c["why"]}
