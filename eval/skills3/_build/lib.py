"""Helpers used to generate the evaluation cases (hand-written content lives in cases_*.py)."""
import json, os, hashlib, re, datetime

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CASES_DIR = os.path.join(ROOT, 'cases')
LABELS = {}


def hx(seed, n=8):
    return hashlib.sha1(seed.encode('utf-8', 'surrogatepass')).hexdigest()[:n]


def uid(seed):
    s = hashlib.sha1(seed.encode()).hexdigest()
    return f"{s[:8]}-{s[8:12]}-{s[12:16]}-{s[16:20]}-{s[20:32]}"


def dumps(obj, indent=2):
    sep = (',', ':') if indent is None else None
    try:
        t = json.dumps(obj, ensure_ascii=False, indent=indent, separators=sep)
        t.encode('utf-8')
        return t
    except UnicodeEncodeError:
        return json.dumps(obj, ensure_ascii=True, indent=indent, separators=sep)


def wtext(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, 'w', encoding='utf-8') as f:
        f.write(text)


def wjson(path, obj, indent=2):
    wtext(path, dumps(obj, indent) + '\n')


# ---------------------------------------------------------------- packages
def manifest(locales, category, privacy=None, terms=None, permissions=(), child=False,
             uses_pi=None, fn='skill', lambda_dir=False, purchases=False, ads=False,
             countries=None, interfaces=None):
    pub = {}
    priv_loc = {}
    for loc, d in locales.items():
        e = {"summary": d.get('summary', d['description'][:120]),
             "examplePhrases": d['examples'],
             "name": d['name'],
             "description": d['description']}
        if d.get('keywords'):
            e['keywords'] = d['keywords']
        e["smallIconUri"] = f"https://s3.amazonaws.com/CAPS-SSE/echo_developer/{hx(fn+loc,4)}/APP_ICON?versionId=small"
        e["largeIconUri"] = f"https://s3.amazonaws.com/CAPS-SSE/echo_developer/{hx(fn+loc,4)}/APP_ICON_LARGE?versionId=large"
        pub[loc] = e
        pl = {}
        if privacy:
            pl['privacyPolicyUrl'] = privacy
        if terms:
            pl['termsOfUseUrl'] = terms
        if pl:
            priv_loc[loc] = pl
    m = {"manifest": {
        "publishingInformation": {
            "locales": pub,
            "isAvailableWorldwide": countries is None,
            "testingInstructions": "Open the skill and follow the prompts.",
            "category": category,
            "distributionCountries": countries or [],
            "automaticDistribution": {"isActive": False}
        },
        "apis": {"custom": {}},
        "manifestVersion": "1.0",
        "privacyAndCompliance": {
            "allowsPurchases": purchases,
            "usesPersonalInfo": bool(permissions) if uses_pi is None else uses_pi,
            "isChildDirected": child,
            "isExportCompliant": True,
            "containsAds": ads,
        }
    }}
    if priv_loc:
        m['manifest']['privacyAndCompliance']['locales'] = priv_loc
    if lambda_dir:
        m['manifest']['apis']['custom'] = {"endpoint": {"sourceDir": "lambda", "uri": f"ask-{fn}-default"}}
    else:
        m['manifest']['apis']['custom'] = {"endpoint": {"uri": f"arn:aws:lambda:us-east-1:{int(hx(fn,8),16)%10**12:012d}:function:{fn}"}}
    if interfaces:
        m['manifest']['apis']['custom']['interfaces'] = [{"type": i} for i in interfaces]
    if permissions:
        m['manifest']['permissions'] = [{"name": p} for p in permissions]
    return m


BUILTIN = {
    'en': ["AMAZON.CancelIntent", "AMAZON.HelpIntent", "AMAZON.StopIntent", "AMAZON.NavigateHomeIntent"],
}


def model(invocation, intents, types=(), builtins=True, fallback=False, dialog=None, prompts=None):
    its = []
    for it in intents:
        name, samples = it[0], it[1]
        slots = it[2] if len(it) > 2 else []
        d = {"name": name, "slots": [{"name": s, "type": t} for s, t in slots], "samples": list(samples)}
        its.append(d)
    if builtins:
        for b in ["AMAZON.CancelIntent", "AMAZON.HelpIntent", "AMAZON.StopIntent", "AMAZON.NavigateHomeIntent"]:
            if not any(i['name'] == b for i in its):
                its.append({"name": b, "samples": []})
    if fallback and not any(i['name'] == 'AMAZON.FallbackIntent' for i in its):
        its.append({"name": "AMAZON.FallbackIntent", "samples": []})
    lm = {"invocationName": invocation, "intents": its,
          "types": [{"name": n, "values": [{"name": {"value": v}} if isinstance(v, str) else {"id": v[0], "name": {"value": v[1], "synonyms": list(v[2:])}} for v in vals]} for n, vals in types]}
    im = {"interactionModel": {"languageModel": lm}}
    if dialog:
        im['interactionModel']['dialog'] = dialog
    if prompts:
        im['interactionModel']['prompts'] = prompts
    return im


def package(cdir, man, models, ask_resources=True, fn='skill'):
    wjson(os.path.join(cdir, 'skill-package', 'skill.json'), man)
    for loc, m in models.items():
        wjson(os.path.join(cdir, 'skill-package', 'interactionModels', 'custom', f'{loc}.json'), m)
    if ask_resources:
        wjson(os.path.join(cdir, 'ask-resources.json'), {
            "askcliResourcesVersion": "2020-03-31",
            "profiles": {"default": {"skillMetadata": {"src": "./skill-package"},
                                     "code": {"default": {"src": "./lambda"}},
                                     "skillInfrastructure": {"type": "@ask-cli/lambda-deployer",
                                                             "userConfig": {"runtime": "nodejs18.x", "handler": "index.handler", "awsRegion": "us-east-1"}}}}})


# ---------------------------------------------------------------- conversations
class T:
    """One turn. req: 'launch' | ('I', IntentName, {slot: value}) | ('end', reason)."""
    def __init__(self, req, say=None, speech=None, reprompt=None, end=None, plain=False, card=None,
                 directives=None, attrs=None, reprompt_plain=None):
        self.req, self.say, self.speech, self.reprompt = req, say, speech, reprompt
        self.end = end if end is not None else (reprompt is None)
        self.plain, self.card, self.directives, self.attrs = plain, card, directives, attrs
        self.reprompt_plain = plain if reprompt_plain is None else reprompt_plain


class Sess:
    def __init__(self, locale, skill, seed, start, turns, ua='ask-node/2.14.0 Node/v18.18.2', user=None):
        self.locale, self.skill, self.seed, self.turns, self.ua = locale, skill, seed, turns, ua
        self.app_id = f"amzn1.ask.skill.{uid(skill)}"
        self.session_id = f"amzn1.echo-api.session.{uid(seed+'s')}"
        self.user_id = "amzn1.ask.account." + hx(user or ('u' + skill), 40).upper()
        self.device_id = "amzn1.ask.device." + hx('d' + (user or skill), 40).upper()
        self.start = datetime.datetime.strptime(start, '%Y-%m-%dT%H:%M:%SZ')

    def ts(self, i):
        return (self.start + datetime.timedelta(seconds=9 * i + (i * 7) % 5)).strftime('%Y-%m-%dT%H:%M:%SZ')

    def rid(self, i):
        return f"amzn1.echo-api.request.{uid(self.seed+str(i))}"


def outspeech(text, plain):
    if text is None:
        return None
    if plain:
        return {"type": "PlainText", "text": text}
    t = text if text.strip().startswith('<speak>') else f"<speak>{text}</speak>"
    return {"type": "SSML", "ssml": t}


def request_env(s, i):
    t = s.turns[i]
    # a turn whose response ended the session makes the next request start a new session
    k = sum(1 for j in range(i) if s.turns[j].end and not (s.turns[j].req != 'launch' and s.turns[j].req[0] == 'end'))
    new = (i == 0) or bool(s.turns[i - 1].end)
    sid = s.session_id if k == 0 else f"amzn1.echo-api.session.{uid(s.seed + 's' + str(k))}"
    attrs = {}
    for j in range(i):
        if s.turns[j].attrs and not s.turns[j].end:
            attrs = s.turns[j].attrs
        if s.turns[j].end:
            attrs = {}
    if t.req == 'launch':
        r = {"type": "LaunchRequest"}
    elif t.req[0] == 'I':
        slots = {}
        for k, v in (t.req[2] if len(t.req) > 2 else {}).items():
            slots[k] = {"name": k, "value": v, "confirmationStatus": "NONE", "source": "USER"}
            if v is None:
                slots[k] = {"name": k, "confirmationStatus": "NONE"}
        r = {"type": "IntentRequest", "intent": {"name": t.req[1], "confirmationStatus": "NONE"}}
        if slots:
            r['intent']['slots'] = slots
        r['dialogState'] = 'STARTED' if False else None
        del r['dialogState']
    elif t.req[0] == 'end':
        r = {"type": "SessionEndedRequest", "reason": t.req[1]}
    else:
        r = dict(t.req[1])
    r.update({"requestId": s.rid(i), "locale": s.locale, "timestamp": s.ts(i)})
    # keep type first
    r = {"type": r.pop("type"), **r}
    env = {"version": "1.0",
           "session": {"new": new, "sessionId": sid,
                       "application": {"applicationId": s.app_id},
                       "user": {"userId": s.user_id}},
           "context": {"System": {"application": {"applicationId": s.app_id},
                                  "user": {"userId": s.user_id},
                                  "device": {"deviceId": s.device_id, "supportedInterfaces": {}},
                                  "apiEndpoint": "https://api.amazonalexa.com" if s.locale[-2:] in ('US', 'CA', 'MX', 'BR') else "https://api.eu.amazonalexa.com" if s.locale[-2:] in ('DE', 'ES', 'FR', 'IT', 'GB', 'IN') else "https://api.fe.amazonalexa.com",
                                  "apiAccessToken": "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.REDACTED"},
                       "Viewport": None},
           "request": r}
    del env['context']['Viewport']
    if not new:
        env['session']['attributes'] = attrs
    return env


def response_env(s, i):
    t = s.turns[i]
    if t.req != 'launch' and t.req[0] == 'end':
        return {"version": "1.0", "response": {}}
    resp = {}
    if t.speech is not None:
        resp['outputSpeech'] = outspeech(t.speech, t.plain)
    if t.card:
        resp['card'] = t.card
    if t.reprompt is not None:
        resp['reprompt'] = {"outputSpeech": outspeech(t.reprompt, t.reprompt_plain)}
    if t.directives:
        resp['directives'] = t.directives
    resp['shouldEndSession'] = t.end
    if t.end is None:
        del resp['shouldEndSession']
    env = {"version": "1.0", "sessionAttributes": t.attrs or {}, "userAgent": s.ua, "response": resp}
    return env


def caption(text):
    if text is None:
        return ''
    return re.sub(r'\s+', ' ', re.sub(r'<[^>]+>', ' ', text)).strip()


def pairs(s):
    out = []
    for i in range(len(s.turns)):
        out.append({"request": request_env(s, i), "response": response_env(s, i)})
    return out


# ---------------------------------------------------------------- shape writers
def w_envelopes(cdir, pattern, s, which=None):
    """pattern like 'test/responses/{n:02d}-{name}.json'"""
    for i, t in enumerate(s.turns):
        if which is not None and i not in which:
            continue
        if t.req != 'launch' and t.req[0] == 'end':
            continue
        name = 'launch' if t.req == 'launch' else t.req[1].replace('AMAZON.', '').lower()
        wjson(os.path.join(cdir, pattern.format(n=i + 1, name=name)), response_env(s, i))


def w_pairs_jsonl(path, sessions):
    lines = []
    for s in sessions:
        for p in pairs(s):
            lines.append(dumps(p, None))
    wtext(path, '\n'.join(lines) + '\n')


def w_pairs_array(path, sessions):
    arr = []
    for s in sessions:
        arr.extend(pairs(s))
    wjson(path, arr)


def smapi_result(s, i, endpoint):
    t = s.turns[i]
    return {"id": uid(s.seed + 'sim' + str(i)), "status": "SUCCESSFUL",
            "result": {"alexaExecutionInfo": {
                "alexaResponses": [{"type": "Speech", "content": {"caption": caption(t.speech)}}] if t.speech else [],
                "consideredIntents": [{"name": "LaunchRequest" if t.req == 'launch' else t.req[1], "confirmationStatus": "NONE"}]},
                "skillExecutionInfo": {"invocations": [{
                    "invocationRequest": {"endpoint": endpoint, "body": request_env(s, i)},
                    "invocationResponse": {"body": response_env(s, i)},
                    "metrics": {"skillExecutionTimeInMilliseconds": 80 + (i * 37) % 200}}]}}}


def w_smapi(cdir, pattern, s, endpoint, single=None):
    if single:
        arr = [dict(smapi_result(s, i, endpoint), utterance=s.turns[i].say) for i in range(len(s.turns)) if s.turns[i].say]
        wjson(os.path.join(cdir, single), arr)
        return
    for i, t in enumerate(s.turns):
        if not t.say:
            continue
        wjson(os.path.join(cdir, pattern.format(n=i + 1)), smapi_result(s, i, endpoint))


def w_smapi_invoke(cdir, pattern, s, endpoint):
    """`ask smapi invoke-skill` results: one invocation per file, singular request/response."""
    for i, t in enumerate(s.turns):
        wjson(os.path.join(cdir, pattern.format(n=i + 1)), {
            "id": uid(s.seed + 'inv' + str(i)), "status": "SUCCESSFUL",
            "result": {"skillExecutionInfo": {
                "invocationRequest": {"endpoint": endpoint, "body": request_env(s, i)},
                "invocationResponse": {"body": response_env(s, i)},
                "metrics": {"skillExecutionTimeInMilliseconds": 60 + (i * 41) % 150}}}})


def w_dialog(cdir, replay_path, io_path, s, endpoint, out_style='skill-io'):
    skill_id = s.app_id
    wjson(os.path.join(cdir, replay_path), {"skillId": skill_id, "locale": s.locale, "type": "text",
                                           "userInput": [t.say for t in s.turns if t.say]})
    if out_style == 'skill-io':
        arr = []
        for i, t in enumerate(s.turns):
            if not t.say:
                continue
            arr.append({"utterance": t.say, "invocations": [{
                "invocationRequest": {"endpoint": endpoint, "body": request_env(s, i)},
                "invocationResponse": {"body": response_env(s, i)}}]})
        wjson(os.path.join(cdir, io_path), arr)
    else:  # transcript-ish record output
        lines = []
        for i, t in enumerate(s.turns):
            if not t.say:
                continue
            lines.append(f"User  > {t.say}")
            lines.append(f"Alexa > {caption(t.speech)}")
        wtext(os.path.join(cdir, io_path), '\n'.join(lines) + '\n')


def _iso_ms(s, i, off=0):
    d = s.start + datetime.timedelta(seconds=9 * i + (i * 7) % 5, milliseconds=120 + off)
    return d.strftime('%Y-%m-%dT%H:%M:%S.') + f"{d.microsecond//1000:03d}Z"


def cw_lines(s, runtime='node', req_kw='Request: ', resp_kw='Response: '):
    lines = []
    for i in range(len(s.turns)):
        lid = uid(s.seed + 'lambda' + str(i))
        lines.append(f"START RequestId: {lid} Version: $LATEST")
        rq = dumps(request_env(s, i), None)
        rs = dumps(response_env(s, i), None)
        if runtime == 'node':
            lines.append(f"{_iso_ms(s,i)}\t{lid}\tINFO\t{req_kw}{rq}")
            lines.append(f"{_iso_ms(s,i,90)}\t{lid}\tINFO\t{resp_kw}{rs}")
        else:
            lines.append(f"[INFO]\t{_iso_ms(s,i)}\t{lid}\t{req_kw}{rq}")
            lines.append(f"[INFO]\t{_iso_ms(s,i,90)}\t{lid}\t{resp_kw}{rs}")
        lines.append(f"END RequestId: {lid}")
        lines.append(f"REPORT RequestId: {lid}\tDuration: {40+i*13%90}.31 ms\tBilled Duration: {41+i*13%90} ms\tMemory Size: 128 MB\tMax Memory Used: 81 MB")
    return lines


def w_cw_text(path, sessions, **kw):
    lines = []
    for s in sessions:
        lines.extend(cw_lines(s, **kw))
    wtext(path, '\n'.join(lines) + '\n')


def w_cw_json(path, sessions, group='/aws/lambda/skill', **kw):
    events = []
    for s in sessions:
        stream = f"{s.start.strftime('%Y/%m/%d')}/[$LATEST]{hx(s.seed+'stream',32)}"
        for k, line in enumerate(cw_lines(s, **kw)):
            ts = int(s.start.replace(tzinfo=datetime.timezone.utc).timestamp() * 1000) + k * 1500
            events.append({"logStreamName": stream, "timestamp": ts, "message": line + "\n",
                           "ingestionTime": ts + 412, "eventId": str(37000000000000000000000000000000000000000000000000000000 + ts * 1000 + k)})
    wjson(path, {"events": events, "searchedLogStreams": [{"logStreamName": e, "searchedCompletely": True} for e in sorted({ev['logStreamName'] for ev in events})]})


def w_har(path, sessions, url):
    entries = []
    for s in sessions:
        for i in range(len(s.turns)):
            rq = dumps(request_env(s, i), None)
            rs = dumps(response_env(s, i), None)
            entries.append({
                "startedDateTime": _iso_ms(s, i),
                "time": 143.2 + i,
                "request": {"method": "POST", "url": url, "httpVersion": "HTTP/1.1",
                            "headers": [{"name": "Content-Type", "value": "application/json; charset=utf-8"},
                                        {"name": "Signature-256", "value": "REDACTED"},
                                        {"name": "SignatureCertChainUrl", "value": "https://s3.amazonaws.com/echo.api/echo-api-cert-12.pem"}],
                            "queryString": [], "cookies": [], "headersSize": -1, "bodySize": len(rq.encode('utf-8', 'surrogatepass')),
                            "postData": {"mimeType": "application/json; charset=utf-8", "text": rq}},
                "response": {"status": 200, "statusText": "OK", "httpVersion": "HTTP/1.1",
                             "headers": [{"name": "Content-Type", "value": "application/json;charset=UTF-8"}],
                             "cookies": [], "content": {"size": len(rs.encode('utf-8', 'surrogatepass')), "mimeType": "application/json", "text": rs},
                             "redirectURL": "", "headersSize": -1, "bodySize": -1},
                "cache": {}, "timings": {"send": 0.1, "wait": 140.0, "receive": 3.1}})
    wjson(path, {"log": {"version": "1.2", "creator": {"name": "mitmproxy har_dump", "version": "0.1"},
                         "pages": [], "entries": entries}})


def w_transcript(path, s, header=''):
    lines = [header] if header else []
    for i, t in enumerate(s.turns):
        if t.say:
            lines.append(f"[{s.ts(i)}] USER: {t.say}")
        if t.speech is not None:
            lines.append(f"[{s.ts(i)}] SKILL: {caption(t.speech)}")
        if t.reprompt is not None:
            lines.append(f"[{s.ts(i)}] SKILL (reprompt): {caption(t.reprompt)}")
        lines.append(f"[{s.ts(i)}] session_open={not t.end}")
    wtext(path, '\n'.join(lines) + '\n')


def label(cid, cats, locale, shapes, why):
    assert cid not in LABELS, cid
    LABELS[cid] = {"categories": sorted(cats), "locale": locale, "shapes": shapes, "why": why}
    return os.path.join(CASES_DIR, cid)


# ---------------------------------------------------------------- extra shapes (set 3)
def w_jest_snapshot(path, s, test='handler'):
    """Jest snapshot file of handler responses (ask-sdk unit tests)."""
    out = ["// Jest Snapshot v1, https://goo.gl/fbAQLP", ""]
    for i, t in enumerate(s.turns):
        if t.req != 'launch' and t.req[0] == 'end':
            continue
        name = 'LaunchRequest' if t.req == 'launch' else t.req[1]
        body = json.dumps(response_env(s, i), ensure_ascii=False, indent=2).replace('`', '\\`')
        out.append(f"exports[`{test} {name} (turn {i+1}) 1`] = `{body}`;")
        out.append("")
    wtext(path, '\n'.join(out))


def w_cw_multiline(path, sessions, req_kw='~~~~ Request received', resp_kw='~~~~ Response sent'):
    """CloudWatch text export where the SDK logs pretty-printed JSON (one event spanning many lines)."""
    lines = []
    for s in sessions:
        for i in range(len(s.turns)):
            lid = uid(s.seed + 'ml' + str(i))
            lines.append(f"START RequestId: {lid} Version: 7")
            lines.append(f"{_iso_ms(s,i)}\t{lid}\tINFO\t{req_kw}:")
            lines.extend(json.dumps(request_env(s, i), ensure_ascii=False, indent=2).split('\n'))
            lines.append(f"{_iso_ms(s,i,70)}\t{lid}\tINFO\t{resp_kw}:")
            lines.extend(json.dumps(response_env(s, i), ensure_ascii=False, indent=2).split('\n'))
            lines.append(f"END RequestId: {lid}")
            lines.append(f"REPORT RequestId: {lid}\tDuration: {55+i*17%80}.02 ms\tBilled Duration: {56+i*17%80} ms\tMemory Size: 256 MB\tMax Memory Used: 92 MB")
    wtext(path, '\n'.join(lines) + '\n')


def w_csv_transcript(path, s, delim=','):
    import csv, io
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delim, lineterminator='\n')
    w.writerow(["timestamp", "session_id", "speaker", "text", "reprompt", "end_session"])
    k = 0
    for i, t in enumerate(s.turns):
        sid = request_env(s, i)['session']['sessionId'][-12:]
        if t.say:
            w.writerow([s.ts(i), sid, "user", t.say, "", ""])
        if t.speech is not None:
            w.writerow([s.ts(i), sid, "device", caption(t.speech), caption(t.reprompt) if t.reprompt is not None else "", str(bool(t.end)).lower()])
    wtext(path, buf.getvalue())
