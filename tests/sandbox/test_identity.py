"""The identity server's happy paths and every error path, over real loopback HTTP."""

from __future__ import annotations

import base64
import socket
import threading
import time
from typing import Any

import jwt
import pytest
import requests

from desktop_app.sandbox import Fault, Sandbox
from tests.support.oauth import Pkce, authorize_url, query_of

REDIRECT = "http://127.0.0.1:47833/callback"


def _token(sb: Sandbox, *, client_auth: str = "post", **form: str) -> requests.Response:
    client = sb.connect_client
    auth = None
    if client_auth == "basic":
        auth = (client.client_id, client.client_secret)
    else:
        form = {"client_id": client.client_id, "client_secret": client.client_secret, **form}
    return requests.post(f"{sb.identity_url}/connect/token", data=form, auth=auth, timeout=10)


def _sign_in(
    sb: Sandbox, scope: str = "openid profile offline_access setup.read", **kw: Any
) -> dict[str, Any]:
    pkce = Pkce.make()
    callback = sb.approve(authorize_url(sb.identity_url, pkce=pkce, scope=scope))
    code = query_of(callback)["code"]
    answer = _token(
        sb,
        grant_type="authorization_code",
        code=code,
        redirect_uri=REDIRECT,
        code_verifier=pkce.verifier,
        **kw,
    )
    assert answer.status_code == 200, answer.text
    assert answer.headers["Cache-Control"] == "no-store"
    return dict(answer.json())


def test_discovery_advertises_endpoints_s256_and_iss(sandbox: Sandbox) -> None:
    doc = requests.get(f"{sandbox.identity_url}/.well-known/openid-configuration", timeout=5).json()
    assert doc["issuer"] == sandbox.identity_url
    for key in (
        "authorization_endpoint",
        "token_endpoint",
        "revocation_endpoint",
        "userinfo_endpoint",
        "jwks_uri",
    ):
        assert doc[key].startswith(sandbox.identity_url + "/")
    assert doc["code_challenge_methods_supported"] == ["S256"]
    assert doc["authorization_response_iss_parameter_supported"] is True
    keys = requests.get(doc["jwks_uri"], timeout=5).json()["keys"]
    assert keys[0]["kty"] == "RSA"
    assert keys[0]["kid"]
    assert keys[0]["x5t"]


def test_code_flow_tokens_are_shaped_like_apaleos(sandbox: Sandbox) -> None:
    pkce = Pkce.make()
    callback = sandbox.approve(authorize_url(sandbox.identity_url, pkce=pkce, state="xyz"))
    params = query_of(callback)
    assert callback.startswith(REDIRECT + "?")
    assert params["state"] == "xyz"
    assert params["iss"] == sandbox.identity_url
    assert params["scope"] == "openid profile offline_access setup.read units.read"
    assert params["session_state"]
    answer = _token(
        sandbox,
        grant_type="authorization_code",
        code=params["code"],
        redirect_uri=REDIRECT,
        code_verifier=pkce.verifier,
    ).json()
    assert answer["token_type"] == "Bearer"
    assert answer["expires_in"] == 3600
    header = jwt.get_unverified_header(answer["access_token"])
    assert header["alg"] == "RS256"
    assert header["kid"]
    assert header["x5t"]
    claims = jwt.decode(
        answer["access_token"],
        sandbox.key.public_key,
        algorithms=["RS256"],
        audience="api",
        issuer=sandbox.identity_url,
    )
    assert isinstance(claims["scope"], list)
    assert "setup.read" in claims["scope"]
    assert isinstance(claims["aud"], list)
    assert "api" in claims["aud"]
    assert claims["sub"] == "u-admin"
    assert claims["account_code"] == "DEMO"
    assert claims["client_id"] == "inspector-connect"
    assert {"iss", "nbf", "iat", "exp"} <= set(claims)
    id_claims = jwt.decode(
        answer["id_token"],
        sandbox.key.public_key,
        algorithms=["RS256"],
        audience="inspector-connect",
    )
    assert id_claims["nonce"] == "nonce-1"
    assert id_claims["name"] == "anna@demo-hotels.example"
    assert id_claims["preferred_username"] == "Anna Admin"


def test_basic_client_authentication_works_too(sandbox: Sandbox) -> None:
    pkce = Pkce.make()
    code = query_of(sandbox.approve(authorize_url(sandbox.identity_url, pkce=pkce)))["code"]
    answer = _token(
        sandbox,
        client_auth="basic",
        grant_type="authorization_code",
        code=code,
        redirect_uri=REDIRECT,
        code_verifier=pkce.verifier,
    )
    assert answer.status_code == 200


def test_redirect_uris_match_exactly_by_default() -> None:
    with Sandbox(redirect_port=47833) as exact:
        ok = exact.approve(authorize_url(exact.identity_url, pkce=Pkce.make()))
        assert ok.startswith("http://127.0.0.1:47833/callback?code=")
        other_port = requests.get(
            authorize_url(
                exact.identity_url,
                pkce=Pkce.make(),
                redirect_uri="http://127.0.0.1:5999/callback",
            ),
            timeout=5,
            allow_redirects=False,
        )
        _is_own_error_page(exact, other_port)


def test_any_loopback_port_but_exact_path(sandbox: Sandbox) -> None:
    ok = sandbox.approve(
        authorize_url(
            sandbox.identity_url, pkce=Pkce.make(), redirect_uri="http://127.0.0.1:5999/callback"
        )
    )
    assert ok.startswith("http://127.0.0.1:5999/callback?code=")
    for bad in (
        "http://127.0.0.1:5999/callback/",
        "http://localhost:47833/callback",
        "http://evil.example/callback",
    ):
        page = requests.get(
            authorize_url(sandbox.identity_url, pkce=Pkce.make(), redirect_uri=bad),
            timeout=5,
            allow_redirects=False,
        )
        _is_own_error_page(sandbox, page)


def _is_own_error_page(sb: Sandbox, answer: requests.Response) -> None:
    """As apaleo's identity server: the browser goes to the server's own error page (never to
    the unknown address), which names the error code."""
    assert answer.status_code == 302
    location = answer.headers["Location"]
    assert location.startswith(f"{sb.identity_url}/home/error?errorId=")
    page = requests.get(location, timeout=5, allow_redirects=False)
    assert page.status_code == 400
    assert "not registered" in page.text
    assert "unauthorized_client" in page.text


def test_unknown_client_shows_a_page_and_never_redirects(sandbox: Sandbox) -> None:
    page = requests.get(
        authorize_url(sandbox.identity_url, client_id="nobody", pkce=Pkce.make()),
        timeout=5,
        allow_redirects=False,
    )
    _is_own_error_page(sandbox, page)


@pytest.mark.parametrize(
    ("extra", "error"),
    [
        ({"response_type": "token"}, "unsupported_response_type"),
        ({"scope": "openid teleport.use"}, "invalid_scope"),
        ({"code_challenge": ""}, "invalid_request"),
        ({"code_challenge_method": "plain"}, "invalid_request"),
    ],
)
def test_authorize_errors_redirect_with_rfc6749_codes(
    sandbox: Sandbox, extra: dict[str, str], error: str
) -> None:
    pkce = Pkce.make()
    url = authorize_url(sandbox.identity_url, pkce=pkce, **extra)
    answer = requests.get(url, timeout=5, allow_redirects=False)
    assert answer.status_code == 302
    params = query_of(answer.headers["Location"])
    assert params["error"] == error
    assert params["state"] == "state-1"
    assert params["iss"] == sandbox.identity_url


def test_deny_redirects_with_access_denied(sandbox: Sandbox) -> None:
    callback = sandbox.approve(authorize_url(sandbox.identity_url, pkce=Pkce.make()), allow=False)
    assert query_of(callback)["error"] == "access_denied"
    assert "code" not in query_of(callback)


def test_consent_is_one_time(sandbox: Sandbox) -> None:
    page = requests.get(authorize_url(sandbox.identity_url, pkce=Pkce.make()), timeout=5).text
    marker = 'name="consent_id" value="'
    consent_id = page[page.index(marker) + len(marker) :].split('"')[0]
    form = {"consent_id": consent_id, "user": "u-admin", "decision": "allow"}
    first = requests.post(
        f"{sandbox.identity_url}/connect/authorize", data=form, timeout=5, allow_redirects=False
    )
    second = requests.post(
        f"{sandbox.identity_url}/connect/authorize", data=form, timeout=5, allow_redirects=False
    )
    assert first.status_code == 302
    assert second.status_code == 400


def test_consent_page_escapes_and_names_scopes(sandbox: Sandbox) -> None:
    page = requests.get(authorize_url(sandbox.identity_url, pkce=Pkce.make()), timeout=5)
    assert page.headers["Cache-Control"] == "no-store"
    assert "See units (rooms)" in page.text
    assert "apaleo Inspector" in page.text
    assert 'id="user-u-admin"' in page.text
    assert 'id="allow"' in page.text
    assert 'id="deny"' in page.text


@pytest.mark.parametrize(
    "change",
    ["wrong_verifier", "no_verifier", "wrong_redirect", "reuse", "unknown"],
)
def test_code_exchange_errors(sandbox: Sandbox, change: str) -> None:
    pkce = Pkce.make()
    code = query_of(sandbox.approve(authorize_url(sandbox.identity_url, pkce=pkce)))["code"]
    form = {
        "grant_type": "authorization_code",
        "code": code,
        "redirect_uri": REDIRECT,
        "code_verifier": pkce.verifier,
    }
    if change == "wrong_verifier":
        form["code_verifier"] = Pkce.make().verifier
    elif change == "no_verifier":
        del form["code_verifier"]
    elif change == "wrong_redirect":
        form["redirect_uri"] = "http://127.0.0.1:47833/other"
    elif change == "unknown":
        form["code"] = "not-a-code"
    elif change == "reuse":
        first = _token(sandbox, **form)
        assert first.status_code == 200
        refresh = first.json()["refresh_token"]
        again = _token(sandbox, **form)
        assert again.json()["error"] == "invalid_grant"
        # the replay withdrew what the code gave
        assert (
            _token(sandbox, grant_type="refresh_token", refresh_token=refresh).json()["error"]
            == "invalid_grant"
        )
        return
    answer = _token(sandbox, **form)
    assert answer.status_code == 400
    assert answer.json()["error"] == "invalid_grant"


def test_codes_expire() -> None:
    with Sandbox(code_ttl=0.2) as sb:
        pkce = Pkce.make()
        code = query_of(sb.approve(authorize_url(sb.identity_url, pkce=pkce)))["code"]
        time.sleep(0.3)  # the lifetime itself is what is tested
        answer = _token(
            sb,
            grant_type="authorization_code",
            code=code,
            redirect_uri=REDIRECT,
            code_verifier=pkce.verifier,
        )
        assert answer.json() == {
            "error": "invalid_grant",
            "error_description": "The authorization code has expired.",
        }


def test_json_body_is_refused(sandbox: Sandbox) -> None:
    answer = requests.post(
        f"{sandbox.identity_url}/connect/token",
        json={"grant_type": "client_credentials"},
        auth=(sandbox.simple_client.client_id, sandbox.simple_client.client_secret),
        timeout=5,
    )
    assert answer.status_code == 400
    assert answer.json()["error"] == "invalid_request"


@pytest.mark.parametrize("basic", [True, False])
def test_wrong_client_secret_is_invalid_client(sandbox: Sandbox, basic: bool) -> None:
    form = {"grant_type": "client_credentials"}
    if basic:
        answer = requests.post(
            f"{sandbox.identity_url}/connect/token",
            data=form,
            auth=("inspector-simple", "wrong"),
            timeout=5,
        )
        assert answer.headers["WWW-Authenticate"].startswith("Basic")
    else:
        form.update(client_id="inspector-simple", client_secret="wrong")
        answer = requests.post(f"{sandbox.identity_url}/connect/token", data=form, timeout=5)
    assert answer.status_code == 401
    assert answer.json()["error"] == "invalid_client"


def test_basic_credentials_are_form_url_decoded(sandbox: Sandbox) -> None:
    raw = f"inspector-simple:{sandbox.simple_client.client_secret}".encode()
    answer = requests.post(
        f"{sandbox.identity_url}/connect/token",
        data={"grant_type": "client_credentials"},
        headers={"Authorization": "Basic " + base64.b64encode(raw).decode()},
        timeout=5,
    )
    assert answer.status_code == 200


def test_refresh_rotates_and_refuses_reuse(sandbox: Sandbox) -> None:
    first = _sign_in(sandbox)
    second = _token(
        sandbox, grant_type="refresh_token", refresh_token=first["refresh_token"]
    ).json()
    assert second["refresh_token"] != first["refresh_token"]
    assert "id_token" in second or "access_token" in second
    reused = _token(sandbox, grant_type="refresh_token", refresh_token=first["refresh_token"])
    assert reused.status_code == 400
    assert reused.json()["error"] == "invalid_grant"
    third = _token(sandbox, grant_type="refresh_token", refresh_token=second["refresh_token"])
    assert third.status_code == 200
    assert sandbox.stats.token_requests == {"authorization_code": 1, "refresh_token": 3}


def test_refresh_without_rotation_keeps_the_token() -> None:
    with Sandbox(rotate_refresh_tokens=False) as sb:
        first = _sign_in(sb)
        second = _token(sb, grant_type="refresh_token", refresh_token=first["refresh_token"]).json()
        assert second["refresh_token"] == first["refresh_token"]
        assert (
            _token(sb, grant_type="refresh_token", refresh_token=first["refresh_token"]).status_code
            == 200
        )


def test_refresh_cannot_widen_scope(sandbox: Sandbox) -> None:
    first = _sign_in(sandbox)
    answer = _token(
        sandbox,
        grant_type="refresh_token",
        refresh_token=first["refresh_token"],
        scope="setup.manage",
    )
    assert answer.json()["error"] == "invalid_scope"


def test_no_offline_access_no_refresh_token_and_no_openid_no_id_token(sandbox: Sandbox) -> None:
    answer = _sign_in(sandbox, scope="setup.read profile")
    assert "refresh_token" not in answer
    assert "id_token" not in answer
    assert answer["scope"] == "setup.read profile"


def test_deactivated_user_refresh_is_invalid_grant_in_apaleos_words(sandbox: Sandbox) -> None:
    first = _sign_in(sandbox)
    sandbox.deactivate_user("u-admin")
    answer = _token(
        sandbox, grant_type="refresh_token", refresh_token=first["refresh_token"]
    ).json()
    assert answer == {
        "error": "invalid_grant",
        "error_description": "User u-admin has no access to ACCOUNT DEMO",
    }


def test_revoked_refresh_token_is_invalid_grant(sandbox: Sandbox) -> None:
    first = _sign_in(sandbox)
    assert sandbox.revoke_tokens_for(sub="u-admin") == 1
    assert (
        _token(sandbox, grant_type="refresh_token", refresh_token=first["refresh_token"]).json()[
            "error"
        ]
        == "invalid_grant"
    )


def test_revocation_endpoint(sandbox: Sandbox) -> None:
    first = _sign_in(sandbox)
    url = f"{sandbox.identity_url}/connect/revocation"
    client = sandbox.connect_client
    unauthenticated = requests.post(url, data={"token": first["refresh_token"]}, timeout=5)
    assert unauthenticated.status_code == 401
    for token in (first["refresh_token"], "unknown-token"):
        answer = requests.post(
            url,
            data={"token": token, "token_type_hint": "refresh_token"},
            auth=(client.client_id, client.client_secret),
            timeout=5,
        )
        assert answer.status_code == 200
    assert sandbox.stats.revocations == 2
    assert (
        _token(sandbox, grant_type="refresh_token", refresh_token=first["refresh_token"]).json()[
            "error"
        ]
        == "invalid_grant"
    )


def test_userinfo(sandbox: Sandbox) -> None:
    tokens = _sign_in(sandbox)
    url = f"{sandbox.identity_url}/connect/userinfo"
    info = requests.get(
        url, headers={"Authorization": f"Bearer {tokens['access_token']}"}, timeout=5
    ).json()
    assert info == {  # apaleo's shape: name is the e-mail, preferred_username the name
        "sub": "u-admin",
        "name": "anna@demo-hotels.example",
        "preferred_username": "Anna Admin",
        "account_code": "DEMO",
        "role": "AccountAdmin",
    }
    missing = requests.get(url, timeout=5)
    assert missing.status_code == 401
    assert "invalid_token" in missing.headers["WWW-Authenticate"]
    no_openid = sandbox.mint_access_token(("setup.read",))
    assert (
        requests.get(url, headers={"Authorization": f"Bearer {no_openid}"}, timeout=5).status_code
        == 403
    )


def test_client_credentials(sandbox: Sandbox) -> None:
    client = sandbox.simple_client
    answer = requests.post(
        f"{sandbox.identity_url}/connect/token",
        data={"grant_type": "client_credentials", "scope": "setup.read"},
        auth=(client.client_id, client.client_secret),
        timeout=5,
    ).json()
    assert "refresh_token" not in answer
    assert "id_token" not in answer
    claims = jwt.decode(answer["access_token"], options={"verify_signature": False})
    assert claims["scope"] == ["setup.read"]
    assert "sub" not in claims
    assert claims["account_code"] == "DEMO"
    wrong_grant = _token(sandbox, grant_type="client_credentials")
    assert wrong_grant.json()["error"] == "unauthorized_client"
    odd = _token(sandbox, grant_type="password")
    assert odd.json()["error"] == "unsupported_grant_type"


def test_endsession(sandbox: Sandbox) -> None:
    page = requests.get(f"{sandbox.identity_url}/connect/endsession", timeout=5)
    assert page.status_code == 200
    assert "signed out" in page.text
    target = {"post_logout_redirect_uri": "http://127.0.0.1:47833/signed-out", "state": "s"}
    # without an id_token_hint naming the client, no redirect (as IdentityServer does)
    unnamed = requests.get(
        f"{sandbox.identity_url}/connect/endsession",
        params=target,
        timeout=5,
        allow_redirects=False,
    )
    assert unnamed.status_code == 200
    hint = sandbox.key.sign(
        {"iss": sandbox.identity_url, "aud": "inspector-connect", "sub": "u-admin"}, typ="JWT"
    )
    back = requests.get(
        f"{sandbox.identity_url}/connect/endsession",
        params={**target, "id_token_hint": hint},
        timeout=5,
        allow_redirects=False,
    )
    assert back.status_code == 302
    assert back.headers["Location"].endswith("?state=s")
    assert "Max-Age=0" in back.headers["Set-Cookie"]  # the browser session ends


@pytest.mark.parametrize(
    ("kind", "check"),
    [
        ("status", lambda r: r.status_code == 503),
        ("retry_after", lambda r: r.status_code == 429 and r.headers["Retry-After"] == "2"),
        ("malformed", lambda r: r.status_code == 200 and not r.text.endswith("}")),
    ],
)
def test_faults(sandbox: Sandbox, kind: str, check: Any) -> None:
    fault = sandbox.faults.add(Fault(kind, path="/inventory", status=503, retry_after_s=2, count=1))  # type: ignore[arg-type]
    token = sandbox.mint_access_token()
    url = f"{sandbox.api_url}/inventory/v1/properties"
    headers = {"Authorization": f"Bearer {token}"}
    assert check(requests.get(url, headers=headers, timeout=5))
    assert requests.get(url, headers=headers, timeout=5).status_code == 200  # count=1: once only
    assert fault.hits == 1


def test_fault_drop_and_delay(sandbox: Sandbox) -> None:
    sandbox.faults.add(Fault("drop", path="/connect/userinfo", count=1))
    with pytest.raises(requests.ConnectionError):
        requests.get(f"{sandbox.identity_url}/connect/userinfo", timeout=5)
    sandbox.faults.add(Fault("delay", path="/.well-known", delay_s=0.5, count=1))
    with pytest.raises(requests.Timeout):
        requests.get(f"{sandbox.identity_url}/.well-known/openid-configuration", timeout=0.2)


def test_fault_rate_is_a_fraction(sandbox: Sandbox) -> None:
    sandbox.faults.add(Fault("status", path="/.well-known/openid-configuration/jwks", rate=0.3))
    with requests.Session() as http:
        codes = [
            http.get(
                f"{sandbox.identity_url}/.well-known/openid-configuration/jwks", timeout=5
            ).status_code
            for _ in range(200)
        ]
    assert 30 < codes.count(500) < 90


def test_servers_listen_on_loopback_only(sandbox: Sandbox) -> None:
    for url in (sandbox.identity_url, sandbox.api_url):
        assert url.startswith("http://127.0.0.1:")
    port = int(sandbox.api_url.rsplit(":", 1)[1])
    addresses = {
        info[4][0] for info in socket.getaddrinfo(socket.gethostname(), None, socket.AF_INET)
    }
    for address in addresses - {"127.0.0.1", "127.0.1.1"}:
        with socket.socket() as probe:
            probe.settimeout(1)
            assert probe.connect_ex((address, port)) != 0, f"reachable on {address}"


def test_concurrent_sign_ins(sandbox: Sandbox) -> None:
    results: list[dict[str, Any]] = []
    errors: list[BaseException] = []

    def worker() -> None:
        try:
            results.append(_sign_in(sandbox))
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=worker) for _ in range(10)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert not errors
    assert len({r["refresh_token"] for r in results}) == 10


def test_a_scope_the_client_is_not_registered_for_is_refused(sandbox: Sandbox) -> None:
    answer = requests.get(
        authorize_url(
            sandbox.identity_url,
            pkce=Pkce.make(),
            scope="openid setup.manage",
            redirect_uri="http://127.0.0.1:47833/callback",
        ),
        timeout=5,
        allow_redirects=False,
    )
    assert answer.status_code == 302
    back = query_of(answer.headers["Location"])
    assert back["error"] == "invalid_scope"
    assert "setup.manage" in back["error_description"]


def test_the_sign_in_page_speaks_the_browsers_language(sandbox: Sandbox) -> None:
    """Accept-Language decides (RFC 9110 weights); the scopes read as the app's own German."""
    url = authorize_url(sandbox.identity_url, pkce=Pkce.make())
    for header, expected in (
        ("de-DE,de;q=0.9,en;q=0.8", "de"),
        ("en-US,en;q=0.9,de;q=0.5", "en"),
        ("fr-FR,de;q=0.3", "de"),
        ("de;q=0,en", "en"),
        ("", "en"),
    ):
        page = requests.get(url, headers={"Accept-Language": header}, timeout=10)
        assert page.headers["Content-Language"] == expected, header
        assert f'<html lang="{expected}">' in page.text
    german = requests.get(url, headers={"Accept-Language": "de"}, timeout=10).text
    for words in ("Bei apaleo anmelden", "Anmelden als", "Erlauben", "Ablehnen"):
        assert words in german
    assert "Unterkünfte, Einheiten und Einheitengruppen sehen" in german  # setup.read
    assert "Allow" not in german


@pytest.mark.browser
def test_a_german_chromium_gets_the_german_page(sandbox: Sandbox) -> None:
    from selenium.webdriver.common.by import By

    from tests.support.chromium import chromium_driver

    with chromium_driver(accept_languages="de-DE,de") as driver:
        driver.get(authorize_url(sandbox.identity_url, pkce=Pkce.make()))
        assert driver.find_element(By.TAG_NAME, "h1").text == "Bei apaleo anmelden"
        assert driver.find_element(By.ID, "allow").text == "Erlauben"
