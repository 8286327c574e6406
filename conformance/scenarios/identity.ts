// Identity: OpenID discovery and signing keys are published; a relying party is registered,
// updated and deactivated; business errors come back in the errors list.
import type { CheckDef } from "../types";
import { asObj, expectCall, expectThat, pick, scenario } from "./dsl";

export function identityScenarios(): CheckDef[] {
  return [
    scenario("discovery", "The OpenID configuration and the JSON Web Key Set are published", ["ID-CF-01", "ID-CF-03"], async (ctx) => {
      const conf = await expectCall(ctx, "GET", "/.well-known/openid-configuration", {}, 200, "getOpenIdConfiguration");
      for (const key of ["issuer", "authorization_endpoint", "token_endpoint", "jwks_uri"]) {
        expectThat(typeof pick(conf.body, key) === "string", `The OpenID configuration has no ${key}.`, key, conf.body);
      }
      const jwks = await expectCall(ctx, "GET", "/.well-known/jwks.json", {}, 200, "getJwks");
      const keys = pick(jwks.body, "keys");
      expectThat(Array.isArray(keys) && keys.length > 0 && typeof pick(keys, "0.kty") === "string", "The key set has no key.", "keys[0].kty", jwks.body);
    }),
    scenario(
      "relying-party",
      "A relying party is registered, updated to inactive, and a duplicate registration is refused in the errors list",
      ["ID-FN-02", "ID-API-01", "ID-API-05"],
      async (ctx) => {
        const create = ctx.example("createOidcClient");
        const clientId = ctx.unique("client");
        const request = { ...asObj(pick(create.body, "request")), clientId };
        const made = await expectCall(
          ctx,
          "POST",
          "/client-mgmt/oidc-client",
          { headers: create.headers, body: { ...asObj(create.body), request } },
          200,
          "createOidcClient",
        );
        expectThat(
          pick(made.body, "response.clientId") === clientId && pick(made.body, "response.status") === "ACTIVE",
          "A registered client is not active under its id.",
          { clientId, status: "ACTIVE" },
          made.body,
        );
        const upd = ctx.example("updateOidcClient");
        const changed = await expectCall(
          ctx,
          "PUT",
          `/client-mgmt/oidc-client/${clientId}`,
          { headers: upd.headers, body: { ...asObj(upd.body), request: { ...asObj(pick(upd.body, "request")), status: "INACTIVE" } } },
          200,
          "updateOidcClient",
        );
        expectThat(pick(changed.body, "response.status") === "INACTIVE", "An update to inactive does not take effect.", "INACTIVE", changed.body);
        const clash = await expectCall(
          ctx,
          "POST",
          "/client-mgmt/oidc-client",
          { headers: create.headers, body: { ...asObj(create.body), request: { ...request, clientName: "Another name" } } },
          200,
          "createOidcClient",
        );
        const errors = pick(clash.body, "errors");
        expectThat(
          Array.isArray(errors) && errors.length > 0 && typeof pick(errors, "0.errorCode") === "string",
          "A conflicting registration is not answered with an error in the errors list.",
          "errors[0].errorCode",
          clash.body,
        );
      },
    ),
  ];
}
