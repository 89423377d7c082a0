#!/usr/bin/python3
"""Brings the loopback Keystone to the state the integration tests expect.

Idempotent: every object is looked up by name first and only created (or repaired) when missing or
different, so running it against a live Keystone whose clients hold tokens revokes nothing.
Reads its inputs from the environment (set by start.sh) and prints the project ids as JSON.
"""
import json
import os
import sys

from keystoneauth1 import exceptions as ka_exc
from keystoneauth1 import session as ka_session
from keystoneauth1.identity import v3

KEYSTONE_URL = os.environ["KEYSTONE_URL"]  # e.g. http://127.0.0.1:5000
GLANCE_URL = os.environ["GLANCE_URL"]
REGION = os.environ.get("REGION", "RegionOne")
DOMAIN = "Default"


def admin_session():
    auth = v3.Password(
        auth_url=KEYSTONE_URL + "/v3",
        username="admin",
        password=os.environ["ADMIN_PASSWORD"],
        project_name="admin",
        user_domain_name=DOMAIN,
        project_domain_name=DOMAIN,
    )
    return ka_session.Session(auth=auth)


class Keystone:
    def __init__(self, sess):
        self.sess = sess
        self.base = KEYSTONE_URL + "/v3"

    def _get(self, path, **params):
        return self.sess.get(self.base + path, params=params).json()

    def _post(self, path, body):
        return self.sess.post(self.base + path, json=body).json()

    def _patch(self, path, body):
        return self.sess.patch(self.base + path, json=body).json()

    def domain_id(self, name):
        found = self._get("/domains", name=name)["domains"]
        if not found:
            sys.exit(f"provision: domain {name!r} not found (was keystone-manage bootstrap run?)")
        return found[0]["id"]

    def role(self, name):
        found = self._get("/roles", name=name)["roles"]
        if found:
            return found[0]["id"]
        return self._post("/roles", {"role": {"name": name}})["role"]["id"]

    def project(self, name, domain_id, description):
        found = self._get("/projects", name=name, domain_id=domain_id)["projects"]
        if found:
            return found[0]["id"]
        body = {"project": {"name": name, "domain_id": domain_id, "description": description,
                            "enabled": True}}
        return self._post("/projects", body)["project"]["id"]

    def user(self, name, domain_id, password, default_project_id):
        found = self._get("/users", name=name, domain_id=domain_id)["users"]
        if not found:
            body = {"user": {"name": name, "domain_id": domain_id, "password": password,
                             "default_project_id": default_project_id, "enabled": True}}
            return self._post("/users", body)["user"]["id"]
        user_id = found[0]["id"]
        # A password change revokes the user's tokens, so only reset it when it no longer works.
        if not password_works(name, password):
            self._patch(f"/users/{user_id}", {"user": {"password": password, "enabled": True}})
        return user_id

    def grant(self, project_id, user_id, role_id):
        path = f"/projects/{project_id}/users/{user_id}/roles/{role_id}"
        self.sess.put(self.base + path)  # PUT is idempotent in Keystone

    def service(self, name, type_, description):
        found = self._get("/services", type=type_)["services"]
        for svc in found:
            if svc.get("name") == name:
                return svc["id"]
        body = {"service": {"name": name, "type": type_, "description": description,
                            "enabled": True}}
        return self._post("/services", body)["service"]["id"]

    def endpoint(self, service_id, interface, url):
        found = self._get("/endpoints", service_id=service_id, interface=interface)["endpoints"]
        for ep in found:
            if ep.get("region_id") == REGION:
                if ep["url"] != url:  # ports may be overridden between runs
                    self._patch(f"/endpoints/{ep['id']}", {"endpoint": {"url": url}})
                return ep["id"]
        body = {"endpoint": {"service_id": service_id, "interface": interface, "url": url,
                             "region_id": REGION, "enabled": True}}
        return self._post("/endpoints", body)["endpoint"]["id"]


def password_works(username, password):
    auth = v3.Password(auth_url=KEYSTONE_URL + "/v3", username=username, password=password,
                       user_domain_name=DOMAIN, unscoped=True)
    try:
        ka_session.Session(auth=auth).get_token()
        return True
    except ka_exc.Unauthorized:
        return False


def main():
    ks = Keystone(admin_session())
    domain_id = ks.domain_id(DOMAIN)
    admin_role = ks.role("admin")
    member_role = ks.role("member")

    service_project = ks.project("service", domain_id, "OpenStack service users")
    glance_user = ks.user("glance", domain_id, os.environ["GLANCE_PASSWORD"], service_project)
    ks.grant(service_project, glance_user, admin_role)

    image_service = ks.service("glance", "image", "OpenStack Image service")
    for interface in ("public", "internal"):
        ks.endpoint(image_service, interface, GLANCE_URL)

    ids = {}
    for user, project, password_var in (("alice", "alpha", "ALICE_PASSWORD"),
                                        ("bob", "beta", "BOB_PASSWORD")):
        project_id = ks.project(project, domain_id, f"integration-test project of {user}")
        user_id = ks.user(user, domain_id, os.environ[password_var], project_id)
        ks.grant(project_id, user_id, member_role)
        ids[project] = project_id
    print(json.dumps(ids))


if __name__ == "__main__":
    main()
