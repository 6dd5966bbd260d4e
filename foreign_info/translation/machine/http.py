"""Timeouts and retries for deep-translator, which sets neither.

deep-translator calls `requests.get/post` with no timeout and gives up at the first 429 or 5xx.
Every such call goes through `requests.Session.request` on a fresh session, so that is the one
place to add both without forking the library: while a `call_policy` is active *in the current
thread*, each request gets the policy's timeout unless it has one, and a urllib3 `Retry` that
retries 429 and 5xx answers at most `retries` times with exponential backoff (honouring
Retry-After). Requests made outside a policy, or in other threads, are untouched.

The policy also records the last status and body seen, so that a failure deep-translator reports
vaguely ("API server error") can be told to the translator precisely.
"""

import threading
from contextlib import contextmanager
from dataclasses import dataclass

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

RETRY_STATUSES = (429, 500, 502, 503, 504)
_local = threading.local()
_original_request = requests.Session.request


@dataclass
class CallPolicy:
    timeout: float = 10.0
    retries: int = 3
    backoff: float = 0.5
    last_status: int | None = None
    last_body: str = ""

    def retry(self):
        return Retry(
            total=self.retries,
            # False, not 0: connection and read errors are raised as they are (requests' Timeout),
            # not wrapped in a MaxRetryError that requests would report as a ConnectionError.
            connect=False,
            read=False,
            status=self.retries,
            status_forcelist=RETRY_STATUSES,
            allowed_methods=None,
            backoff_factor=self.backoff,
            backoff_max=max(self.backoff * 8, 0.01),
            raise_on_status=False,
            respect_retry_after_header=True,
        )


def _request(session, method, url, **kwargs):
    policy = getattr(_local, "policy", None)
    if policy is None:
        return _original_request(session, method, url, **kwargs)
    if kwargs.get("timeout") is None:
        kwargs["timeout"] = policy.timeout
    adapter = HTTPAdapter(max_retries=policy.retry())
    session.mount("http://", adapter)
    session.mount("https://", adapter)
    response = _original_request(session, method, url, **kwargs)
    policy.last_status = response.status_code
    policy.last_body = response.text[:500]
    return response


def install():
    if requests.Session.request is not _request:
        requests.Session.request = _request


@contextmanager
def call_policy(policy):
    install()
    previous = getattr(_local, "policy", None)
    _local.policy = policy
    try:
        yield policy
    finally:
        _local.policy = previous
