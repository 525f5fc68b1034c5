"""Turns the hand-written case descriptions (cases_*.py) into project folders and recordings.
Nothing here invents content: every spoken sentence, sample and label comes from the case files."""
import csv, datetime, hashlib, io, json, os

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


# ---------------------------------------------------------------- description helpers
class T:
    """One Alexa turn. intent 'Launch' -> LaunchRequest. end: True/False/None (None = field absent)."""
    def __init__(self, u, intent, say, rep=None, end="auto", slots=None, card=None, consent=None, plain=False):
        self.u, self.intent, self.say, self.rep, self.slots, self.card = u, intent, say, rep, slots or {}, card
        self.consent, self.plain = consent, plain
        self.end = (rep is None) if end == "auto" else end


class G:
    """One Google turn. end True closes the conversation. noinput: list of no-input prompts."""
    def __init__(self, u, intent, say, noinput=None, end=False, params=None, perm=None, card=None, scene=None, nxt=None):
        self.u, self.intent, self.say, self.noinput, self.end = u, intent, say, noinput, end
        self.params, self.perm, self.card, self.scene, self.nxt = params or {}, perm, card, scene, nxt


def h(*parts, n=32):
    return hashlib.sha1("|".join(map(str, parts)).encode()).hexdigest()[:n]


def uid(*parts):
    x = h(*parts)
    return f"{x[:8]}-{x[8:12]}-{x[12:16]}-{x[16:20]}-{x[20:32]}"


def wjson(path, obj):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=2)
        f.write("\n")


def wtext(path, text, bom=False):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8-sig" if bom else "utf-8", newline="") as f:
        f.write(text)


# ---------------------------------------------------------------- Alexa project
BUILTINS = ["AMAZON.CancelIntent", "AMAZON.HelpIntent", "AMAZON.StopIntent", "AMAZON.NavigateHomeIntent",
            "AMAZON.FallbackIntent"]


def alexa_project(d, c):
    locs = c.get("locales") or [c["loc"]]
    pub = {}
    for l in locs:
        pub[l] = {"summary": c["summary"], "examplePhrases": c["examples"], "name": c["name"],
                  "description": c.get("desc", c["summary"]), "keywords": c.get("keywords", []),
                  "smallIconUri": f"https://s3.amazonaws.com/CAPS-SSE/echo_developer/{h(c['id'], n=4)}/APP_ICON?versionId=small",
                  "largeIconUri": f"https://s3.amazonaws.com/CAPS-SSE/echo_developer/{h(c['id'], n=4)}/APP_ICON_LARGE?versionId=large"}
    pc = {"allowsPurchases": False, "usesPersonalInfo": bool(c.get("perms") or c.get("personal")),
          "isChildDirected": bool(c.get("child")), "isExportCompliant": True, "containsAds": False}
    if c.get("policy"):
        pc["locales"] = {l: {"privacyPolicyUrl": c["policy"], "termsOfUseUrl": c.get("terms", "")} for l in locs}
    man = {"publishingInformation": {"locales": pub, "isAvailableWorldwide": False,
                                     "distributionCountries": c.get("countries", []),
                                     "testingInstructions": c.get("testing", "Open the skill and follow the prompts."),
                                     "category": c.get("category", "NOVELTY"),
                                     "automaticDistribution": {"isActive": False}},
           "apis": {"custom": {"endpoint": {"uri": c.get("endpoint", f"arn:aws:lambda:eu-west-1:{int(h(c['id'], n=10), 16) % 10**12:012d}:function:{c['id'][4:]}")}}},
           "manifestVersion": "1.0", "privacyAndCompliance": pc}
    if c.get("interfaces"):
        man["apis"]["custom"]["interfaces"] = [{"type": i} for i in c["interfaces"]]
    if c.get("perms"):
        man["permissions"] = [{"name": p} for p in c["perms"]]
    wjson(os.path.join(d, "skill-package", "skill.json"), {"manifest": man})
    for l in locs:
        model = c.get("models", {}).get(l, c)
        intents = []
        for it in model["intents"]:
            name, samples = it[0], it[1]
            slots = it[2] if len(it) > 2 else {}
            intents.append({"name": name, "slots": [{"name": k, "type": v} for k, v in slots.items()], "samples": samples})
        used = [t.intent for rec in c["recs"] for sess in rec[2] for t in sess if t.intent.startswith("AMAZON.")]
        for b in BUILTINS + [u for u in used if u not in BUILTINS]:
            if not any(i["name"] == b for i in intents):
                intents.append({"name": b, "samples": []})
        types = [{"name": tn, "values": [{"name": {"value": v}} for v in vals]} for tn, vals in model.get("types", {}).items()]
        wjson(os.path.join(d, "skill-package", "interactionModels", "custom", f"{l}.json"),
              {"interactionModel": {"languageModel": {"invocationName": model.get("inv", c["inv"]), "intents": intents, "types": types}}})
    if c.get("ask_resources", True):
        wjson(os.path.join(d, "ask-resources.json"),
              {"askcliResourcesVersion": "2020-03-31", "profiles": {"default": {"skillMetadata": {"src": "./skill-package"},
               "code": {"default": {"src": "./lambda"}}, "skillInfrastructure": {"type": "@ask-cli/lambda-deployer",
               "userConfig": {"runtime": "nodejs18.x", "handler": "index.handler", "awsRegion": "eu-west-1"}}}}})
    for rel, text in c.get("extra_files", {}).items():
        wtext(os.path.join(d, rel), text)


def skill_id(c):
    return "amzn1.ask.skill." + uid("skill", c["id"])


def ssml(s):
    return s if s.startswith("<speak>") else f"<speak>{s}</speak>"


def alexa_request(c, t, sess, new, when, perms_granted):
    app = {"applicationId": skill_id(c)}
    user = {"userId": "amzn1.ask.account." + h("user", c["id"], n=40).upper()}
    if perms_granted:
        user["permissions"] = {"consentToken": "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.REDACTED"}
    rid = "amzn1.echo-api.request." + uid(sess, t.u, when)
    if t.intent == "Launch":
        req = {"type": "LaunchRequest", "requestId": rid, "locale": c["loc"], "timestamp": when}
    else:
        req = {"type": "IntentRequest", "requestId": rid, "locale": c["loc"], "timestamp": when,
               "dialogState": "COMPLETED" if t.slots else None,
               "intent": {"name": t.intent, "confirmationStatus": "NONE",
                          "slots": {k: {"name": k, "value": v, "confirmationStatus": "NONE", "source": "USER"} for k, v in t.slots.items()}}}
        if not t.slots:
            req.pop("dialogState")
            req["intent"]["slots"] = {}
    return {"version": "1.0",
            "session": {"new": new, "sessionId": sess, "application": app, "attributes": {}, "user": user},
            "context": {"System": {"application": app, "user": user,
                                   "device": {"deviceId": "amzn1.ask.device." + h("dev", c["id"], n=40).upper(),
                                              "supportedInterfaces": {"Display": {}} if c.get("display") else {}},
                                   "apiEndpoint": "https://api.eu.amazonalexa.com" if c["loc"] not in ("en-US", "es-MX", "pt-BR", "fr-CA") else "https://api.amazonalexa.com",
                                   "apiAccessToken": "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.REDACTED"}},
            "request": req}


def alexa_response(t, c):
    r = {}
    if t.say is not None:
        r["outputSpeech"] = {"type": "PlainText", "text": t.say} if t.plain else {"type": "SSML", "ssml": ssml(t.say)}
    if t.card:
        r["card"] = {"type": "Standard" if len(t.card) > 2 else "Simple", "title": t.card[0], ("text" if len(t.card) > 2 else "content"): t.card[1]}
        if len(t.card) > 2:
            r["card"]["image"] = {"smallImageUrl": t.card[2]}
    if t.consent:
        r["card"] = {"type": "AskForPermissionsConsent", "permissions": t.consent}
    if t.rep is not None:
        r["reprompt"] = {"outputSpeech": {"type": "PlainText", "text": t.rep} if t.plain else {"type": "SSML", "ssml": ssml(t.rep)}}
    if t.end is not None:
        r["shouldEndSession"] = t.end
    return {"version": "1.0", "sessionAttributes": {}, "userAgent": c.get("ua", "ask-node/2.14.0 Node/v18.18.2"), "response": r}


def alexa_pairs(c, sessions, day):
    """-> list of (turn, request, response, when, sessionId)"""
    out = []
    base = datetime.datetime.fromisoformat(day + "T18:05:00")
    k = 0
    for si, s in enumerate(sessions):
        sess = "amzn1.echo-api.session." + uid(c["id"], day, si)
        for ti, t in enumerate(s):
            k += 1
            when = (base + datetime.timedelta(minutes=si * 7, seconds=ti * 19)).strftime("%Y-%m-%dT%H:%M:%SZ")
            req = alexa_request(c, t, sess, ti == 0, when, c.get("granted", False))
            out.append((t, req, alexa_response(t, c), when, sess))
    return out


def speech_text(resp):
    r = resp["response"]
    os_ = r.get("outputSpeech", {})
    rp = r.get("reprompt", {}).get("outputSpeech", {})
    return os_.get("ssml", os_.get("text", "")), rp.get("ssml", rp.get("text", ""))


# ---------------------------------------------------------------- Alexa recording shapes
def rec_alexa(d, c, path, shape, sessions, day):
    P = alexa_pairs(c, sessions, day)
    full = os.path.join(d, path)
    sid = skill_id(c)
    if shape == "envelope":
        for i, (t, q, r, w, s) in enumerate(P):
            wjson(os.path.join(full, f"{i+1:02d}-{t.intent.replace('AMAZON.', '').lower()}.json"), r)
    elif shape == "pairs-jsonl":
        wtext(full, "".join(json.dumps({"request": q, "response": r}, ensure_ascii=False) + "\n" for t, q, r, w, s in P))
    elif shape == "pairs-array":
        wjson(full, [{"request": q, "response": r} for t, q, r, w, s in P])
    elif shape == "smapi-simulation":
        for i, (t, q, r, w, s) in enumerate(P):
            wjson(os.path.join(full, f"sim-{i+1:02d}.json"), {
                "id": uid("sim", c["id"], i), "status": "SUCCESSFUL",
                "result": {"alexaExecutionInfo": {"alexaResponses": [{"type": "Speech", "content": {"caption": strip(r)}}],
                                                  "consideredIntents": [{"name": t.intent if t.intent != "Launch" else "LaunchRequest", "confirmationStatus": "NONE", "slots": {}}]},
                           "skillExecutionInfo": {"invocations": [{"invocationRequest": {"endpoint": c.get("endpoint", "arn:aws:lambda:eu-west-1:000000000000:function:x"), "body": q},
                                                                   "invocationResponse": {"body": r}, "metrics": {"skillExecutionTimeInMilliseconds": 212}}]},
                           "error": None}})
    elif shape == "smapi-invocation":
        for i, (t, q, r, w, s) in enumerate(P):
            wjson(os.path.join(full, f"invoke-{i+1:02d}.json"), {
                "id": uid("inv", c["id"], i), "status": "SUCCESSFUL",
                "result": {"skillExecutionInfo": {"invocationRequest": {"endpoint": c.get("endpoint", "arn:aws:lambda:eu-west-1:000000000000:function:x"), "body": q},
                                                  "invocationResponse": {"body": r}, "metrics": {"skillExecutionTimeInMilliseconds": 187}},
                           "error": None}})
    elif shape == "ask-dialog":
        inputs = []
        for s in sessions:
            for t in s:
                inputs.append(t.u)
        wjson(os.path.join(full, "dialog-replay.json"), {"skillId": sid, "locale": c["loc"], "type": "text", "userInput": inputs})
        wjson(os.path.join(full, "dialog-output.json"), [{"utterance": t.u, "invocations": [{"invocationRequest": {"body": q}, "invocationResponse": {"body": r}}]} for t, q, r, w, s in P])
    elif shape == "cloudwatch-text":
        py = c.get("runtime") == "python"
        lines = []
        for t, q, r, w, s in P:
            rid = uid("lam", w, t.u)
            ts = w.replace("Z", ".412Z")
            lines.append(f"{ts} START RequestId: {rid} Version: $LATEST")
            if py:
                lines.append(f"[INFO]\t{ts}\t{rid}\tRequest Envelope: {json.dumps(q, ensure_ascii=False)}")
                lines.append(f"[INFO]\t{ts}\t{rid}\tResponse: {json.dumps(r, ensure_ascii=False)}")
            else:
                lines.append(f"{ts}\t{rid}\tINFO\tRequest: {json.dumps(q, ensure_ascii=False)}")
                lines.append(f"{ts}\t{rid}\tINFO\tResponse: {json.dumps(r, ensure_ascii=False)}")
            lines.append(f"{ts} END RequestId: {rid}")
            lines.append(f"{ts} REPORT RequestId: {rid}\tDuration: 38.21 ms\tBilled Duration: 39 ms\tMemory Size: 256 MB\tMax Memory Used: 91 MB")
        wtext(full, "\n".join(lines) + "\n")
    elif shape == "cloudwatch-json":
        ev = []
        for i, (t, q, r, w, s) in enumerate(P):
            rid = uid("lam", w, t.u)
            ms = int(datetime.datetime.fromisoformat(w.replace("Z", "+00:00")).timestamp() * 1000)
            for j, m in enumerate([f"START RequestId: {rid} Version: $LATEST\n",
                                   f"{w}\t{rid}\tINFO\tRequest: {json.dumps(q, ensure_ascii=False)}\n",
                                   f"{w}\t{rid}\tINFO\tResponse: {json.dumps(r, ensure_ascii=False)}\n",
                                   f"END RequestId: {rid}\n"]):
                ev.append({"logStreamName": f"{day.replace('-', '/')}/[$LATEST]{h('ls', c['id'])}", "timestamp": ms + j,
                           "message": m, "ingestionTime": ms + 900, "eventId": h("ev", c["id"], i, j, n=56)})
        wjson(full, {"events": ev, "searchedLogStreams": []})
    elif shape == "har":
        ents = []
        for t, q, r, w, s in P:
            qt, rt = json.dumps(q, ensure_ascii=False), json.dumps(r, ensure_ascii=False)
            ents.append({"startedDateTime": w.replace("Z", ".120Z"), "time": 151.4,
                         "request": {"method": "POST", "url": c.get("url", f"https://{c['id'][4:]}.example.net/alexa"), "httpVersion": "HTTP/1.1",
                                     "headers": [{"name": "Content-Type", "value": "application/json; charset=utf-8"},
                                                 {"name": "SignatureCertChainUrl", "value": "https://s3.amazonaws.com/echo.api/echo-api-cert-12.pem"}],
                                     "queryString": [], "cookies": [], "headersSize": -1, "bodySize": len(qt.encode()),
                                     "postData": {"mimeType": "application/json; charset=utf-8", "text": qt}},
                         "response": {"status": 200, "statusText": "OK", "httpVersion": "HTTP/1.1",
                                      "headers": [{"name": "Content-Type", "value": "application/json;charset=UTF-8"}], "cookies": [],
                                      "content": {"size": len(rt.encode()), "mimeType": "application/json", "text": rt},
                                      "redirectURL": "", "headersSize": -1, "bodySize": -1},
                         "cache": {}, "timings": {"send": 0.2, "wait": 148.0, "receive": 3.2}})
        wjson(full, {"log": {"version": "1.2", "creator": {"name": c.get("har_creator", "mitmproxy har_dump"), "version": "0.1"}, "pages": [], "entries": ents}})
    elif shape == "transcript":
        lines = [f"# QA transcript {c['name']} ({c['loc']}) {day}"]
        for t, q, r, w, s in P:
            sp, rp = speech_text(r)
            lines.append(f"[{w}] USER: {t.u}")
            lines.append(f"[{w}] SKILL: {sp}")
            if rp:
                lines.append(f"[{w}] REPROMPT: {rp}")
            e = r["response"].get("shouldEndSession")
            lines.append(f"[{w}] session_open={'false' if e else 'true'}")
        wtext(full, "\n".join(lines) + "\n")
    elif shape == "qa-csv":
        qa_csv(full, c, [(t.u, t.intent, *speech_text(r), r["response"].get("shouldEndSession"), s, w,
                          (r["response"].get("card") or {})) for t, q, r, w, s in P])
    elif shape == "logcat":
        firetv_logcat(full, c, P, day)
    elif shape == "junit-xml":
        junit(full, c, [(t.u, q, r) for t, q, r, w, s in P])
    elif shape == "ipynb":
        notebook(full, c, [(t.u, q, r) for t, q, r, w, s in P])
    else:
        raise ValueError(shape)


def strip(r):
    import re
    sp, _ = speech_text(r)
    return re.sub(r"<[^>]+>", "", sp).strip()


QA_HEAD = {
    "de": ["Testfall-ID", "Gebietsschema", "Sitzung", "Schritt", "Äußerung", "Intent", "Antwort (SSML)", "Reprompt (SSML)", "shouldEndSession", "Kartentitel", "Kartentext", "Prüfer", "Datum"],
    "ja": ["テストID", "ロケール", "セッション", "手順", "発話", "インテント", "応答(SSML)", "再プロンプト(SSML)", "shouldEndSession", "カードタイトル", "カード本文", "担当", "日付"],
    "en": ["Test ID", "Locale", "Session", "Step", "Utterance", "Intent", "Response (SSML)", "Reprompt (SSML)", "shouldEndSession", "Card title", "Card text", "Tester", "Date"],
}


def qa_csv(full, c, rows):
    lang = c["loc"][:2]
    head = QA_HEAD.get(lang, QA_HEAD["en"])
    delim = ";" if lang in ("de", "fr", "it", "es", "pt") else ","
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delim, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    w.writerow(head)
    sessions = []
    for i, (u, intent, sp, rp, end, sess, when, card) in enumerate(rows):
        if sess not in sessions:
            sessions.append(sess)
        e = "" if end is None else ("WAHR" if end else "FALSCH") if lang == "de" else ("TRUE" if end else "FALSE")
        w.writerow([f"{c['id'][:3]}-{i+1:03d}", c["loc"], sessions.index(sess) + 1, i + 1, u, intent, sp, rp, e,
                    card.get("title", ""), card.get("content", card.get("text", "")), c.get("tester", "QA"), when[:10]])
    wtext(full, buf.getvalue(), bom=True)


def firetv_logcat(full, c, P, day):
    """Fire TV / Echo Show debug build: adb logcat -v threadtime of the Alexa client."""
    import re
    lines = [f"--------- beginning of main"]
    base = datetime.datetime.fromisoformat(day + "T19:30:00")
    k = 0
    for t, q, r, w, s in P:
        def ts():
            nonlocal k
            k += 1
            x = base + datetime.timedelta(milliseconds=k * 1730)
            return x.strftime("%m-%d %H:%M:%S.") + f"{x.microsecond // 1000:03d}"
        sp, rp = speech_text(r)
        if q["session"]["new"]:
            lines.append(f"{ts()}  2214  2290 I SkillSessionTracker: session start skillId={skill_id(c)} sessionId={s}")
        lines.append(f"{ts()}  2214  2301 D AlexaVoiceClient: ASR result locale={c['loc']} text=\"{t.u}\"")
        lines.append(f"{ts()}  2214  2290 D SkillSessionTracker: dispatch {q['request']['type']} intent={q['request'].get('intent', {}).get('name', '-')}")
        lines.append(f"{ts()}  2214  2305 V SkillDebugBridge: response body={json.dumps(r, ensure_ascii=False)}")
        cap = re.sub(r"<[^>]+>", "", sp).strip()
        lines.append(f"{ts()}  2214  2307 I AVSDirective: SpeechSynthesizer.Speak caption=\"{cap}\"")
        e = r["response"].get("shouldEndSession")
        if e is False or (e is None and rp):
            lines.append(f"{ts()}  2214  2307 I AVSDirective: SpeechRecognizer.ExpectSpeech timeoutInMilliseconds=8000")
            lines.append(f"{ts()}  2214  2312 D MicController: microphone OPEN (expect speech)")
            if rp and t is P[-1][0]:
                rcap = re.sub(r"<[^>]+>", "", rp).strip()
                lines.append(f"{ts()}  2214  2301 D AlexaVoiceClient: ExpectSpeechTimedOut")
                lines.append(f"{ts()}  2214  2307 I AVSDirective: SpeechSynthesizer.Speak caption=\"{rcap}\" (reprompt)")
                lines.append(f"{ts()}  2214  2307 I AVSDirective: SpeechRecognizer.ExpectSpeech timeoutInMilliseconds=8000")
                lines.append(f"{ts()}  2214  2312 D MicController: microphone OPEN (expect speech)")
        else:
            lines.append(f"{ts()}  2214  2312 D MicController: microphone CLOSED")
            lines.append(f"{ts()}  2214  2290 I SkillSessionTracker: session end sessionId={s} reason=USER_INITIATED")
    wtext(full, "\n".join(lines) + "\n")


def xesc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def junit(full, c, triples):
    cases = []
    for i, (u, q, r) in enumerate(triples):
        out = "REQUEST " + json.dumps(q, ensure_ascii=False) + "\nRESPONSE " + json.dumps(r, ensure_ascii=False)
        cases.append(f'    <testcase classname="{xesc(c["name"])}.dialog" name="{i+1:02d} {xesc(u)}" time="0.{200 + i * 17}">\n'
                     f'      <system-out>{xesc(out)}</system-out>\n    </testcase>')
    xml = ('<?xml version="1.0" encoding="UTF-8"?>\n'
           f'<testsuites name="jest tests" tests="{len(triples)}" failures="0" errors="0" time="3.41">\n'
           f'  <testsuite name="{xesc(c["name"])} ({c["loc"]})" tests="{len(triples)}" failures="0" errors="0" skipped="0" timestamp="2025-02-11T09:14:02">\n'
           + "\n".join(cases) + "\n  </testsuite>\n</testsuites>\n")
    wtext(full, xml)


def notebook(full, c, triples):
    cells = [{"cell_type": "markdown", "metadata": {}, "source": [f"# {c['name']} – Dialogprobe {c['loc']}\n", "Requests replayed against the dev endpoint with `invoke()` (see helpers)."]},
             {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [],
              "source": ["import json, requests\n", f"ENDPOINT = 'https://{c['id'][4:]}.example.net/alexa'\n",
                         "def invoke(body):\n", "    return requests.post(ENDPOINT, json=body, timeout=10).json()"]}]
    for i, (u, q, r) in enumerate(triples):
        cells.append({"cell_type": "code", "execution_count": i + 2, "metadata": {},
                      "source": [f"# utterance: {u}\n", f"req = {json.dumps(q, ensure_ascii=False)}\n", "invoke(req)"],
                      "outputs": [{"output_type": "execute_result", "execution_count": i + 2, "metadata": {},
                                   "data": {"application/json": r, "text/plain": [json.dumps(r, ensure_ascii=False)]}}]})
    wjson(full, {"cells": cells, "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
                                              "language_info": {"name": "python", "version": "3.11.6"}}, "nbformat": 4, "nbformat_minor": 5})


# ---------------------------------------------------------------- Google projects
def yq(s):
    return json.dumps(s, ensure_ascii=False)


def google_project(d, c):
    kind = c["gkind"]
    lang = c["loc"].split("-")[0] if c["loc"] not in ("pt-BR", "en-GB", "fr-CA", "es-MX") else c["loc"]
    if kind == "builder":
        lines = ["defaultLocale: " + lang, "projectId: " + c["id"][4:], "localizedSettings:",
                 f"  displayName: {yq(c['name'])}", f"  pronunciation: {yq(c['inv'])}",
                 f"  shortDescription: {yq(c['summary'])}", f"  fullDescription: {yq(c.get('desc', c['summary']))}",
                 f"  developerName: {yq(c.get('dev', 'Hearth Labs'))}", f"  developerEmail: {yq(c.get('dev_email', 'dev@example.net'))}",
                 f"  sampleInvocations:"] + [f"    - {yq(x)}" for x in c["examples"]]
        if c.get("policy"):
            lines.append(f"  privacyPolicyUrl: {yq(c['policy'])}")
        lines += [f"category: {c.get('category', 'GAMES_AND_TRIVIA')}", f"usesTransactionsApi: false", f"usesDigitalPurchaseApi: false",
                  f"designedForFamily: {'true' if c.get('child') else 'false'}", "localizedSettings_sourceLocale: " + c["loc"]]
        wtext(os.path.join(d, "sdk", "settings", "settings.yaml"), "\n".join(lines) + "\n")
        for it in c["intents"]:
            name, samples = it[0], it[1]
            params = it[2] if len(it) > 2 else {}
            y = []
            if params:
                y.append("parameters:")
                for k, v in params.items():
                    y += [f"- name: {k}", "  type:", f"    name: {v}"]
            y.append("trainingPhrases:")
            y += [f"- {yq(s)}" for s in samples]
            wtext(os.path.join(d, "sdk", "custom", "intents", f"{name}.yaml"), "\n".join(y) + "\n")
        for tn, vals in c.get("types", {}).items():
            if vals == "FREE":
                y = ["freeText: {}"]
            else:
                y = ["synonym:", "  entities:"] + sum([[f"    {yq(v)}:", f"      synonyms:", f"      - {yq(v)}"] for v in vals], []) + ["  matchType: EXACT_MATCH"]
            wtext(os.path.join(d, "sdk", "custom", "types", f"{tn}.yaml"), "\n".join(y) + "\n")
        for sn, text in c.get("scenes", {}).items():
            wtext(os.path.join(d, "sdk", "custom", "scenes", f"{sn}.yaml"), text)
        wtext(os.path.join(d, "sdk", "actions", "actions.yaml"),
              "actions:\n  actions.intent.MAIN:\n    handler:\n      webhookHandler: main\n    engagement:\n      title: " + yq(c["name"]) + "\n")
        wtext(os.path.join(d, "sdk", "manifest.yaml"), "version: '1.0'\n")
        wtext(os.path.join(d, "sdk", "webhooks", "ActionsOnGoogleFulfillment.yaml"),
              "handlers:\n- name: main\n- name: no_input\n" + "".join(f"- name: {x}\n" for x in c.get("handlers", [])) + "httpsEndpoint:\n  baseUrl: " + c.get("url", f"https://{c['id'][4:]}.example.net/fulfillment") + "\n")
    elif kind == "sdkv2":
        acts = [{"description": "Default Welcome Intent", "name": "MAIN", "fulfillment": {"conversationName": c["id"][4:]},
                 "intent": {"name": "actions.intent.MAIN", "trigger": {"queryPatterns": c["examples"]}}}]
        for it in c["intents"]:
            name, samples = it[0], it[1]
            params = it[2] if len(it) > 2 else {}
            acts.append({"description": name, "name": name, "fulfillment": {"conversationName": c["id"][4:]},
                         "intent": {"name": name, "parameters": [{"name": k, "type": v} for k, v in params.items()],
                                    "trigger": {"queryPatterns": samples}}})
        a = {"locale": c["loc"], "actions": acts,
             "conversations": {c["id"][4:]: {"name": c["id"][4:], "url": c.get("url", f"https://{c['id'][4:]}.example.net/conv"), "fulfillmentApiVersion": 2}},
             "manifest": {"displayName": c["name"], "invocationName": c["inv"], "shortDescription": c["summary"],
                          "longDescription": c.get("desc", c["summary"]), "category": c.get("category", "GAMES_AND_TRIVIA"),
                          "companyName": c.get("dev", "Hearth Labs"), "contactEmail": c.get("dev_email", "dev@example.net"),
                          "termsOfServiceUrl": "", "privacyUrl": c.get("policy", "")}}
        if c.get("types"):
            a["types"] = [{"name": tn, "entities": [{"key": v, "synonyms": [v]} for v in vals] if vals != "FREE" else [], "isUserDefined": False} for tn, vals in c["types"].items()]
        wjson(os.path.join(d, "action.json"), a)
    elif kind == "dialogflow":
        dl = c["loc"].split("-")[0] if c["loc"] not in ("pt-BR",) else "pt-br"
        wjson(os.path.join(d, "agent.json"), {"description": c.get("desc", c["summary"]), "language": dl, "shortDescription": c["summary"],
              "examples": "", "linkToDocs": "", "displayName": c["name"], "disableInteractionLogs": False, "disableStackdriverLogs": True,
              "googleAssistant": {"googleAssistantCompatible": True, "project": c["id"][4:], "welcomeIntentSignInRequired": False,
                                  "startIntents": [], "systemIntents": [], "endIntentIds": [], "oAuthLinking": {"required": False},
                                  "voiceType": "MALE_1", "capabilities": [], "env": "", "protocolVersion": "V2",
                                  "autoPreviewEnabled": False, "isDeviceAgent": False},
              "defaultTimezone": c.get("tz", "Europe/Berlin"), "webhook": {"url": c.get("url", f"https://{c['id'][4:]}.example.net/df"), "available": True,
              "useForDomains": False, "cloudFunctionsEnabled": False, "cloudFunctionsInitialized": False},
              "isPrivate": True, "mlMinConfidence": 0.3, "supportedLanguages": [], "enableOnePlatformApi": True,
              "onePlatformApiVersion": "v2", "apiVersion": "v2", "enableMultiLanguage": False, "enableSpellCorrection": False,
              "invocationName": c["inv"], "privacyPolicyUrl": c.get("policy", "")})
        wjson(os.path.join(d, "package.json"), {"version": "1.0.0"})
        for it in c["intents"]:
            name, samples = it[0], it[1]
            params = it[2] if len(it) > 2 else {}
            wjson(os.path.join(d, "intents", f"{name}.json"), {"id": uid("dfi", c["id"], name), "name": name, "auto": True, "contexts": [],
                  "responses": [{"resetContexts": False, "affectedContexts": [], "parameters": [{"id": uid("p", name, k), "name": k, "required": False,
                                 "dataType": v, "value": "$" + k, "isList": False} for k, v in params.items()],
                                 "messages": [], "defaultResponsePlatforms": {}, "speech": []}],
                  "priority": 500000, "webhookUsed": True, "webhookForSlotFilling": False, "fallbackIntent": name.lower().startswith("default fallback"), "events": []})
            us = []
            for s in samples:
                data = []
                for part in split_params(s, params):
                    data.append(part)
                us.append({"id": uid("us", name, s), "data": data, "isTemplate": False, "count": 0, "updated": 0})
            wjson(os.path.join(d, "intents", f"{name}_usersays_{dl}.json"), us)
        for tn, vals in c.get("types", {}).items():
            wjson(os.path.join(d, "entities", f"{tn}.json"), {"id": uid("ent", tn), "name": tn, "isOverridable": True, "isEnum": False,
                  "isRegexp": False, "automatedExpansion": False, "allowFuzzyExtraction": False})
            wjson(os.path.join(d, "entities", f"{tn}_entries_{dl}.json"), [{"value": v, "synonyms": [v]} for v in vals])


def split_params(s, params):
    """'von {start} nach {ziel}' -> dialogflow usersays data parts"""
    import re
    out = []
    pos = 0
    for m in re.finditer(r"\{(\w+)\}", s):
        if m.start() > pos:
            out.append({"text": s[pos:m.start()], "userDefined": False})
        k = m.group(1)
        out.append({"text": k, "alias": k, "meta": params.get(k, "@sys.any"), "userDefined": True})
        pos = m.end()
    if pos < len(s):
        out.append({"text": s[pos:], "userDefined": False})
    return out


# ---------------------------------------------------------------- Google recording shapes
def rec_google(d, c, path, shape, sessions, day):
    full = os.path.join(d, path)
    base = datetime.datetime.fromisoformat(day + "T08:10:00")
    pairs = []
    for si, s in enumerate(sessions):
        conv = h("conv", c["id"], day, si, n=22)
        for ti, t in enumerate(s):
            when = (base + datetime.timedelta(minutes=si * 9, seconds=ti * 21)).strftime("%Y-%m-%dT%H:%M:%SZ")
            pairs.append((t, conv, ti, when))
    out = []
    for t, conv, ti, when in pairs:
        if shape in ("gactions-conversation",) or (shape == "logcat" and c["gkind"] == "sdkv2"):
            out.append(v2_pair(c, t, conv, ti))
        elif shape == "dialogflow-webhook" or (shape == "logcat" and c["gkind"] == "dialogflow"):
            out.append(df_pair(c, t, conv, ti))
        else:
            out.append(builder_pair(c, t, conv, ti))
            last = (t, conv, ti, when) == next(p for p in reversed(pairs) if p[1] == conv)
            if shape == "gactions-scene" and last and not t.end and t.noinput:
                for j, x in enumerate(t.noinput):
                    out.append(builder_noinput(c, t, conv, j, len(t.noinput), x))
    if shape == "logcat":
        nest_logcat(full, c, pairs, out, day)
    elif shape == "qa-csv":
        rows = []
        for (t, conv, ti, when), p in zip(pairs, out):
            rows.append((t.u, t.intent, t.say, " | ".join(t.noinput or []), t.end, conv, when, {}))
        qa_csv(full, c, rows)
    else:
        wjson(full, [{"request": q, "response": r} for q, r in out])


def v2_pair(c, t, conv, ti):
    intent = "actions.intent.MAIN" if t.intent == "MAIN" else t.intent
    args = [{"name": k, "rawText": v, "textValue": v} for k, v in t.params.items()]
    q = {"user": {"locale": c["loc"], "lastSeen": "2025-01-10T07:59:01Z", "userVerificationStatus": "VERIFIED"},
         "conversation": {"conversationId": conv, "type": "NEW" if ti == 0 else "ACTIVE", "conversationToken": "[]"},
         "inputs": [{"intent": intent, "rawInputs": [{"inputType": "VOICE", "query": t.u}], "arguments": args}],
         "surface": {"capabilities": [{"name": "actions.capability.AUDIO_OUTPUT"}, {"name": "actions.capability.SCREEN_OUTPUT"}]},
         "isInSandbox": True, "availableSurfaces": [], "requestType": "SIMULATOR"}
    items = [{"simpleResponse": {"textToSpeech": ssml(t.say) if "<" in t.say else t.say}}]
    if t.card:
        items.append({"basicCard": {"title": t.card[0], "formattedText": t.card[1]}})
    r = {"expectUserResponse": not t.end}
    if t.end:
        r["finalResponse"] = {"richResponse": {"items": items}}
    else:
        r["expectedInputs"] = [{"inputPrompt": {"richInitialPrompt": {"items": items},
                                                "noInputPrompts": [{"textToSpeech": x} for x in (t.noinput or [])]},
                                "possibleIntents": [{"intent": "actions.intent.TEXT"}]}]
        if t.perm:
            r["expectedInputs"][0]["possibleIntents"] = [{"intent": "actions.intent.PERMISSION", "inputValueData": {
                "@type": "type.googleapis.com/google.actions.v2.PermissionValueSpec", "optContext": t.perm[0], "permissions": t.perm[1]}}]
    r["conversationToken"] = "[]"
    return q, r


def df_pair(c, t, conv, ti):
    lang = c["loc"].split("-")[0]
    intent = "Default Welcome Intent" if t.intent == "MAIN" else t.intent
    q = {"responseId": uid("resp", conv, ti), "session": f"projects/{c['id'][4:]}/agent/sessions/{conv}",
         "queryResult": {"queryText": t.u, "parameters": t.params, "allRequiredParamsPresent": True,
                         "intent": {"name": f"projects/{c['id'][4:]}/agent/intents/{uid('dfi', c['id'], t.intent)}", "displayName": intent},
                         "intentDetectionConfidence": 0.92, "languageCode": lang},
         "originalDetectIntentRequest": {"source": "google", "version": "2", "payload": {
             "user": {"locale": c["loc"], "userVerificationStatus": "VERIFIED"},
             "conversation": {"conversationId": conv, "type": "NEW" if ti == 0 else "ACTIVE"},
             "inputs": [{"intent": "actions.intent.MAIN" if ti == 0 else "actions.intent.TEXT", "rawInputs": [{"inputType": "VOICE", "query": t.u}]}],
             "surface": {"capabilities": [{"name": "actions.capability.AUDIO_OUTPUT"}]}}}}
    items = [{"simpleResponse": {"textToSpeech": ssml(t.say) if "<" in t.say else t.say}}]
    if t.card:
        items.append({"basicCard": {"title": t.card[0], "formattedText": t.card[1]}})
    g = {"expectUserResponse": not t.end, "richResponse": {"items": items}}
    if t.noinput is not None:
        g["noInputPrompts"] = [{"textToSpeech": x} for x in t.noinput]
    if t.perm:
        g["systemIntent"] = {"intent": "actions.intent.PERMISSION", "data": {
            "@type": "type.googleapis.com/google.actions.v2.PermissionValueSpec", "optContext": t.perm[0], "permissions": t.perm[1]}}
    r = {"fulfillmentText": t.say, "payload": {"google": g}}
    return q, r


def builder_pair(c, t, conv, ti):
    lang = c["loc"].split("-")[0]
    scene = t.scene or ("actions.scene.START_CONVERSATION" if ti == 0 else "Main")
    q = {"handler": {"name": "main" if t.intent == "MAIN" else t.intent.lower()},
         "intent": {"name": "actions.intent.MAIN" if t.intent == "MAIN" else t.intent,
                    "params": {k: {"original": v, "resolved": v} for k, v in t.params.items()}, "query": t.u},
         "scene": {"name": scene, "slotFillingStatus": "UNSPECIFIED", "slots": {}},
         "session": {"id": conv, "params": {}, "typeOverrides": [], "languageCode": lang},
         "user": {"locale": c["loc"], "params": {}, "accountLinkingStatus": "ACCOUNT_LINKING_STATUS_UNSPECIFIED",
                  "verificationStatus": "VERIFIED", "packageEntitlements": [], "lastSeenTime": "2025-01-09T20:11:04Z"},
         "home": {"params": {}},
         "device": {"capabilities": ["SPEECH", "RICH_RESPONSE", "INTERACTIVE_CANVAS"], "timeZone": {"id": c.get("tz", "Europe/Berlin")}}}
    prompt = {"override": False, "firstSimple": {"speech": t.say, "text": strip_tags(t.say)}}
    if t.card:
        prompt["content"] = {"card": {"title": t.card[0], "text": t.card[1]}}
    r = {"session": {"id": conv, "params": {}}, "prompt": prompt}
    if t.end:
        r["scene"] = {"name": scene, "slots": {}, "next": {"name": "actions.scene.END_CONVERSATION"}}
    else:
        r["scene"] = {"name": scene, "slots": {}, "next": {"name": t.nxt or "Main"}}
    return q, r


def builder_noinput(c, t, conv, j, n, x):
    """webhook call for a system NO_INPUT intent handled in the scene (Actions Builder)."""
    name = "actions.intent.NO_INPUT_FINAL" if j == n - 1 and n > 2 else f"actions.intent.NO_INPUT_{j + 1}"
    scene = t.nxt or "Main"
    q = {"handler": {"name": "no_input"}, "intent": {"name": name, "params": {}, "query": ""},
         "scene": {"name": scene, "slotFillingStatus": "UNSPECIFIED", "slots": {}},
         "session": {"id": conv, "params": {}, "typeOverrides": [], "languageCode": c["loc"].split("-")[0]},
         "user": {"locale": c["loc"], "params": {}, "verificationStatus": "VERIFIED"}, "home": {"params": {}},
         "device": {"capabilities": ["SPEECH", "RICH_RESPONSE"]}}
    r = {"session": {"id": conv, "params": {}}, "prompt": {"override": False, "firstSimple": {"speech": x, "text": strip_tags(x)}},
         "scene": {"name": scene, "slots": {}, "next": {"name": scene}}}
    return q, r


def strip_tags(s):
    import re
    return re.sub(r"<[^>]+>", "", s)


def nest_logcat(full, c, pairs, out, day):
    lines = ["--------- beginning of main"]
    base = datetime.datetime.fromisoformat(day + "T07:45:00")
    k = 0
    for (t, conv, ti, when), (q, r) in zip(pairs, out):
        def ts():
            nonlocal k
            k += 1
            x = base + datetime.timedelta(milliseconds=k * 1410)
            return x.strftime("%m-%d %H:%M:%S.") + f"{x.microsecond // 1000:03d}"
        if ti == 0:
            lines.append(f"{ts()}  1187  1203 I AssistantConversation: start conversation agent={c['id'][4:]} conversationId={conv} locale={c['loc']}")
        lines.append(f"{ts()}  1187  1211 D AssistantSpeech: final transcript=\"{t.u}\"")
        lines.append(f"{ts()}  1187  1219 V ActionsFulfillment: webhook response={json.dumps(r, ensure_ascii=False)}")
        lines.append(f"{ts()}  1187  1224 I AssistantTts: speak text=\"{strip_tags(t.say)}\"")
        if t.end:
            lines.append(f"{ts()}  1187  1203 I AssistantConversation: conversation ended conversationId={conv}")
            lines.append(f"{ts()}  1187  1230 D HotwordMic: mic state=IDLE")
        else:
            lines.append(f"{ts()}  1187  1230 D HotwordMic: mic state=LISTENING (follow-on)")
            if t is pairs[-1][0] and t.noinput is not None:
                for x in t.noinput:
                    lines.append(f"{ts()}  1187  1211 D AssistantSpeech: no input detected")
                    lines.append(f"{ts()}  1187  1224 I AssistantTts: speak text=\"{strip_tags(x)}\" (no-input prompt)")
                    lines.append(f"{ts()}  1187  1230 D HotwordMic: mic state=LISTENING (follow-on)")
    wtext(full, "\n".join(lines) + "\n")


# ---------------------------------------------------------------- case writer
def write_case(casesdir, c):
    d = os.path.join(casesdir, c["id"])
    if c.get("gkind"):
        google_project(d, c)
        for path, shape, sessions, day in c["recs"]:
            rec_google(d, c, path, shape, sessions, day)
    else:
        alexa_project(d, c)
        for rec in c["recs"]:
            path, shape, sessions, day = rec[:4]
            cc = dict(c, **(rec[4] if len(rec) > 4 else {}))
            rec_alexa(d, cc, path, shape, sessions, day)
    shapes = []
    for rec in c["recs"]:
        if rec[1] not in shapes:
            shapes.append(rec[1])
    return {"categories": sorted(c["labels"]), "locale": c["loc"], "shapes": shapes, "why": c["why"]}
