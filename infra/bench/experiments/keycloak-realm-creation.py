#!/usr/bin/env python3
"""Times Keycloak realm creation as the number of realms grows, with two kinds of creator."""
import json, sys, time, urllib.request, urllib.parse, urllib.error

BASE = sys.argv[1]; PASSWORD = sys.argv[2]; N = int(sys.argv[3]); PREFIX = sys.argv[4] if len(sys.argv) > 4 else "r"

def req(method, path, body=None, token=None, form=None):
    data = None; headers = {}
    if form is not None:
        data = urllib.parse.urlencode(form).encode(); headers["Content-Type"] = "application/x-www-form-urlencoded"
    elif body is not None:
        data = json.dumps(body).encode(); headers["Content-Type"] = "application/json"
    if token: headers["Authorization"] = "Bearer " + token
    r = urllib.request.Request(BASE + path, data=data, method=method, headers=headers)
    t = time.perf_counter()
    try:
        with urllib.request.urlopen(r, timeout=120) as resp:
            out = resp.read(); code = resp.status
    except urllib.error.HTTPError as e:
        out = e.read(); code = e.code
    return code, out, time.perf_counter() - t

def master_token():
    c, out, t = req("POST", "/realms/master/protocol/openid-connect/token", form={"client_id": "admin-cli", "grant_type": "password", "username": "admin", "password": PASSWORD})
    assert c == 200, out
    return json.loads(out)["access_token"], t

def provisioner_token():
    c, out, t = req("POST", "/realms/master/protocol/openid-connect/token", form={"client_id": "kasvu-provisioner", "grant_type": "client_credentials", "client_secret": "provisioner-secret-0123456789"})
    assert c == 200, out
    return json.loads(out)["access_token"], t

def realm_json(name):
    url = f"http://{name}.kasvu.test:8080"
    return {"realm": name, "displayName": name.upper(), "enabled": True, "bruteForceProtected": True, "permanentLockout": False,
        "failureFactor": 5, "waitIncrementSeconds": 60, "maxFailureWaitSeconds": 900,
        "passwordPolicy": "length(12) and notUsername and notEmail and passwordHistory(5)", "loginWithEmailAllowed": True,
        "duplicateEmailsAllowed": False, "registrationAllowed": False, "internationalizationEnabled": True,
        "supportedLocales": ["fi", "sv", "en"], "defaultLocale": "fi",
        "roles": {"realm": [{"name": r} for r in ["guardian", "student", "teacher", "special-needs-teacher", "principal", "welfare", "city-admin", "governance"]]},
        "clients": [
            {"clientId": "kasvu-portal", "name": name, "protocol": "openid-connect", "enabled": True, "publicClient": False,
             "clientAuthenticatorType": "client-secret", "standardFlowEnabled": True, "implicitFlowEnabled": False,
             "directAccessGrantsEnabled": False, "serviceAccountsEnabled": False, "rootUrl": url, "baseUrl": url + "/",
             "redirectUris": [url + "/*"], "webOrigins": [url], "attributes": {"pkce.code.challenge.method": "S256", "post.logout.redirect.uris": url + "/*"},
             "protocolMappers": [{"name": "realm roles", "protocol": "openid-connect", "protocolMapper": "oidc-usermodel-realm-role-mapper",
                 "config": {"claim.name": "roles", "multivalued": "true", "jsonType.label": "String", "id.token.claim": "true", "access.token.claim": "true", "userinfo.token.claim": "true"}}]},
            {"clientId": "kasvu-admin", "name": "Kasvu", "enabled": True, "publicClient": False, "clientAuthenticatorType": "client-secret",
             "secret": "s3cret-s3cret-s3cret", "serviceAccountsEnabled": True, "standardFlowEnabled": False, "directAccessGrantsEnabled": False}],
        "users": [
            {"username": "admin@" + name + ".fi", "email": "admin@" + name + ".fi", "firstName": "A", "lastName": "B", "enabled": True,
             "emailVerified": False, "requiredActions": ["UPDATE_PASSWORD", "CONFIGURE_TOTP"], "realmRoles": ["city-admin"]},
            {"username": "service-account-kasvu-admin", "enabled": True, "serviceAccountClientId": "kasvu-admin",
             "clientRoles": {"realm-management": ["realm-admin"]}}]}

def ensure_provisioner(tok):
    c, out, _ = req("GET", "/admin/realms/master/clients?clientId=kasvu-provisioner", token=tok)
    if json.loads(out):
        return
    c, out, _ = req("POST", "/admin/realms/master/clients", token=tok, body={"clientId": "kasvu-provisioner", "enabled": True,
        "publicClient": False, "secret": "provisioner-secret-0123456789", "serviceAccountsEnabled": True, "standardFlowEnabled": False,
        "directAccessGrantsEnabled": False, "fullScopeAllowed": False})
    assert c == 201, out
    c, out, _ = req("GET", "/admin/realms/master/clients?clientId=kasvu-provisioner", token=tok)
    cid = json.loads(out)[0]["id"]
    c, out, _ = req("GET", f"/admin/realms/master/clients/{cid}/service-account-user", token=tok)
    uid = json.loads(out)["id"]
    c, out, _ = req("GET", "/admin/realms/master/roles/create-realm", token=tok)
    role = json.loads(out)
    c, out, _ = req("POST", f"/admin/realms/master/users/{uid}/role-mappings/realm", token=tok, body=[role]); assert c == 204, out
    c, out, _ = req("POST", f"/admin/realms/master/clients/{cid}/scope-mappings/realm", token=tok, body=[role]); assert c == 204, out

tok, _ = master_token()
ensure_provisioner(tok)
print("n,create_master_s,token_master_bytes,create_prov_s,token_prov_bytes,own_admin_token_s", flush=True)
start = int(sys.argv[5]) if len(sys.argv) > 5 else 1
for i in range(start, N + 1):
    mt, mt_s = master_token()
    name = f"{PREFIX}{i:04d}"
    c, out, create_m = req("POST", "/admin/realms", body=realm_json(name), token=mt)
    assert c == 201, (c, out[:300])
    pt, pt_s = provisioner_token()
    c, out, create_p = req("POST", "/admin/realms", body=realm_json(name + "p"), token=pt)
    assert c == 201, (c, out[:300])
    c, out, own = req("POST", f"/realms/{name}/protocol/openid-connect/token", form={"client_id": "kasvu-admin", "grant_type": "client_credentials", "client_secret": "s3cret-s3cret-s3cret"})
    assert c == 200, out
    print(f"{2*i},{create_m:.3f},{len(mt)},{create_p:.3f},{len(pt)},{own:.3f}", flush=True)
