/**
 * The Hearth HTTP API as TypeScript types, generated from the OpenAPI document the server serves
 * at /api/openapi.json (itself generated from the zod schemas in src/domain/api).
 *
 * Do not edit: run `npm run api:generate` after changing a route or schema. `npm run api:check`
 * (and test/cli/api-types.test.ts) fail when this file and the document differ.
 */
export interface paths {
  "/api/account/2fa/begin": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Start two-factor enrolment: a new secret, its otpauth:// URI and a QR code (SVG) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              otpauthUri: string;
              qrSvg: string;
              secret: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/account/2fa/confirm": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Finish enrolment with a code from the app; answers with ten recovery codes, shown once */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            code: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              recoveryCodes: string[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/account/2fa/disable": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Turn two-step sign-in off (password re-entered first) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              /** @enum {boolean} */
              ok: true;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/account/2fa/recovery-codes": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Replace your recovery codes with ten new ones (the old ones stop working) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              recoveryCodes: string[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/account/locale": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Choose the language Hearth speaks to you (null: follow the browser); used for the app, PDFs and exports */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            locale: ("en" | "es" | "de") | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              locale: ("en" | "es" | "de") | null;
            };
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/account/password": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Change your password (current one required); signs out every other session */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            currentPassword: string;
            newPassword: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              ended: number;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/account/security": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Your two-factor status, recovery codes left and active sessions */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              mayChangePracticeSetting: boolean;
              mustEnrolTwoFactor: boolean;
              recoveryCodesLeft: number;
              requireTwoFactorForTherapists: boolean;
              sessions: {
                /** Format: date-time */
                createdAt: string;
                current: boolean;
                id: string;
                /** Format: date-time */
                lastSeenAt: string;
                userAgent: string | null;
              }[];
              twoFactorEnabled: boolean;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/account/sessions/{sessionId}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Sign out one of your sessions (another device, or this one) */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          sessionId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              ended: number;
            };
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/account/sessions/end-others": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Sign out every other session of yours */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              ended: number;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/admin/users": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Accounts on this installation */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              users: {
                createdAt: string;
                disabled: boolean;
                displayName: string;
                email: string;
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                role: "therapist" | "client" | "admin";
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/admin/users/{userId}/password": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Set a new password for an account (ends all of its sessions) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          userId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            newPassword: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              ended: number;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/alerts": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Crisis alerts across my caseload (open first) */
    get: {
      parameters: {
        query?: {
          all?: "true" | "false";
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              alerts: {
                acknowledgedAt: string | null;
                acknowledgedNote: string | null;
                categories: string[];
                /** Format: uuid */
                clientId: string;
                clientName: string;
                createdAt: string;
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                level: "concern" | "urgent";
                reasons: string[];
                /** @enum {string} */
                source: "reflection" | "checkin" | "measure" | "artwork" | "music" | "series" | "group";
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/alerts/{id}/acknowledge": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Mark an alert as seen and acted on, with a note of what was done */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            note?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              acknowledgedAt: string | null;
              acknowledgedNote: string | null;
              categories: string[];
              /** Format: uuid */
              clientId: string;
              clientName: string;
              createdAt: string;
              /** Format: uuid */
              id: string;
              /** @enum {string} */
              level: "concern" | "urgent";
              reasons: string[];
              /** @enum {string} */
              source: "reflection" | "checkin" | "measure" | "artwork" | "music" | "series" | "group";
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/alerts/count": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** How many alerts are open (for the header badge; not audited) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              open: number;
              urgent: number;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/alerts/events": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The open-alert count as a Server-Sent-Events stream (event: count), sent again whenever it may have changed, on any node; JSON without the header */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              open: number;
              urgent: number;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/artworks/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One artwork */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              backend: string | null;
              bytes: number;
              /** Format: uuid */
              clientId: string;
              createdAt: string;
              createdByClient: boolean;
              hasStrokes: boolean;
              height: number;
              /** Format: uuid */
              id: string;
              imageUrl: string;
              /** @enum {string} */
              kind: "sketch" | "upload" | "generated" | "inpainted";
              mime: string;
              params: {
                [key: string]: unknown;
              };
              parentId: string | null;
              seed: number | null;
              sessionId: string | null;
              /** @enum {string} */
              state: "gallery" | "draft" | "process";
              thumbUrl: string;
              title: string;
              width: number;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    /** Move an artwork to the bin (kept until the record is erased) */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              /** @enum {boolean} */
              ok: true;
            };
          };
        };
      };
    };
    options?: never;
    head?: never;
    /** Rename an artwork (the title is screened) */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            title: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              backend: string | null;
              bytes: number;
              /** Format: uuid */
              clientId: string;
              createdAt: string;
              createdByClient: boolean;
              crisis: {
                contacts: {
                  detail: string;
                  label: string;
                }[];
                heading: string;
                /** @enum {string} */
                level: "concern" | "urgent";
                message: string;
              } | null;
              hasStrokes: boolean;
              height: number;
              /** Format: uuid */
              id: string;
              imageUrl: string;
              /** @enum {string} */
              kind: "sketch" | "upload" | "generated" | "inpainted";
              mime: string;
              params: {
                [key: string]: unknown;
              };
              parentId: string | null;
              seed: number | null;
              sessionId: string | null;
              /** @enum {string} */
              state: "gallery" | "draft" | "process";
              thumbUrl: string;
              title: string;
              width: number;
            };
          };
        };
      };
    };
    trace?: never;
  };
  "/api/artworks/{id}/draft": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Let go of a studio draft and the drafts made from it (refused once a kept work was made from it) */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              discarded: number;
            };
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/artworks/{id}/features": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The full descriptive features of one artwork */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              features: unknown;
              process: unknown | null;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/artworks/{id}/image": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The stored image */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/artworks/{id}/inpaint": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Refine: repaint the masked part (white = repaint) as described; the words are screened */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            backendId?: "builtin" | string;
            /** @default 8 */
            feather?: number;
            mask: string;
            /** @default  */
            negativePrompt?: string;
            prompt: string;
            seed?: number;
            style?: string;
            title?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              backend: string | null;
              bytes: number;
              /** Format: uuid */
              clientId: string;
              createdAt: string;
              createdByClient: boolean;
              crisis: {
                contacts: {
                  detail: string;
                  label: string;
                }[];
                heading: string;
                /** @enum {string} */
                level: "concern" | "urgent";
                message: string;
              } | null;
              hasStrokes: boolean;
              height: number;
              /** Format: uuid */
              id: string;
              imageUrl: string;
              /** @enum {string} */
              kind: "sketch" | "upload" | "generated" | "inpainted";
              mime: string;
              params: {
                [key: string]: unknown;
              };
              parentId: string | null;
              seed: number | null;
              sessionId: string | null;
              /** @enum {string} */
              state: "gallery" | "draft" | "process";
              thumbUrl: string;
              title: string;
              width: number;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/artworks/{id}/keep": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Keep a studio draft with a title (screened): it joins the gallery and the drafts it was made from become its history */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            title: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              backend: string | null;
              bytes: number;
              /** Format: uuid */
              clientId: string;
              createdAt: string;
              createdByClient: boolean;
              crisis: {
                contacts: {
                  detail: string;
                  label: string;
                }[];
                heading: string;
                /** @enum {string} */
                level: "concern" | "urgent";
                message: string;
              } | null;
              hasStrokes: boolean;
              height: number;
              /** Format: uuid */
              id: string;
              imageUrl: string;
              /** @enum {string} */
              kind: "sketch" | "upload" | "generated" | "inpainted";
              mime: string;
              params: {
                [key: string]: unknown;
              };
              parentId: string | null;
              seed: number | null;
              sessionId: string | null;
              /** @enum {string} */
              state: "gallery" | "draft" | "process";
              thumbUrl: string;
              title: string;
              width: number;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/artworks/{id}/self-portrait": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Mark a work as a self-portrait (or not) for the then/now view */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            selfPortrait: boolean;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              /** Format: uuid */
              artworkId: string;
              selfPortrait: boolean;
            };
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/artworks/{id}/strokes": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The recorded strokes of a drawing (for replay) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              strokes: unknown;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/artworks/{id}/thumb": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A 480-px WebP thumbnail */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/artworks/{id}/versions": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The version tree this artwork belongs to */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              artworks: {
                backend: string | null;
                bytes: number;
                /** Format: uuid */
                clientId: string;
                createdAt: string;
                createdByClient: boolean;
                hasStrokes: boolean;
                height: number;
                /** Format: uuid */
                id: string;
                imageUrl: string;
                /** @enum {string} */
                kind: "sketch" | "upload" | "generated" | "inpainted";
                mime: string;
                params: {
                  [key: string]: unknown;
                };
                parentId: string | null;
                seed: number | null;
                sessionId: string | null;
                /** @enum {string} */
                state: "gallery" | "draft" | "process";
                thumbUrl: string;
                title: string;
                width: number;
              }[];
              /** Format: uuid */
              rootId: string;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/auth/login": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Sign in (rotates the session). With two-factor on, answers with a pending token for the code step instead. Failed attempts are throttled per account and
     * per address (429 with Retry-After)
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            email: string;
            password: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              clientId: string | null;
              csrfToken: string;
              displayName: string;
              email: string;
              locale?: ("en" | "es" | "de") | null;
              /** @enum {string} */
              role: "therapist" | "client" | "admin";
              /** Format: uuid */
              userId: string;
            } | {
              /** Format: date-time */
              expiresAt: string;
              pendingToken: string;
              /** @enum {boolean} */
              twoFactorRequired: true;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/auth/login/code": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Second sign-in step: an authenticator code or a recovery code */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            code: string;
            pendingToken: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              clientId: string | null;
              csrfToken: string;
              displayName: string;
              email: string;
              locale?: ("en" | "es" | "de") | null;
              /** @enum {string} */
              role: "therapist" | "client" | "admin";
              /** Format: uuid */
              userId: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/auth/logout": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Sign out */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              /** @enum {boolean} */
              ok: true;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/auth/me": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The signed-in user and their CSRF token */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              clientId: string | null;
              csrfToken: string;
              displayName: string;
              email: string;
              locale?: ("en" | "es" | "de") | null;
              /** @enum {string} */
              role: "therapist" | "client" | "admin";
              /** Format: uuid */
              userId: string;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/auth/reauth": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Confirm your password before a sensitive action (valid for 5 minutes) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            password: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              /** @enum {boolean} */
              ok: true;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/auth/session": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Whether someone is signed in, and who (200 either way) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              me: {
                clientId: string | null;
                csrfToken: string;
                displayName: string;
                email: string;
                locale?: ("en" | "es" | "de") | null;
                /** @enum {string} */
                role: "therapist" | "client" | "admin";
                /** Format: uuid */
                userId: string;
              } | null;
              signedIn: boolean;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/backends": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** My model servers and the practice-wide ones (credentials are never shown) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              backends: {
                createdAt: string;
                editable: boolean;
                files: {
                  adapter?: string | null;
                  inpaintCheckpoint?: string | null;
                };
                hasCredentials: boolean;
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                kind: "comfyui" | "a1111" | "openai";
                label: string;
                model: string | null;
                practiceWide: boolean;
                url: string;
              }[];
              canAddPracticeWide: boolean;
            };
          };
        };
      };
    };
    put?: never;
    /** Add a model server; its credentials are sealed with the master key */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            apiKey?: string;
            files?: {
              adapter?: string;
              inpaintCheckpoint?: string;
            };
            /** @enum {string} */
            kind: "comfyui" | "a1111" | "openai";
            label: string;
            model?: string;
            password?: string;
            practiceWide?: boolean;
            url: string;
            user?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              createdAt: string;
              editable: boolean;
              files: {
                adapter?: string | null;
                inpaintCheckpoint?: string | null;
              };
              hasCredentials: boolean;
              /** Format: uuid */
              id: string;
              /** @enum {string} */
              kind: "comfyui" | "a1111" | "openai";
              label: string;
              model: string | null;
              practiceWide: boolean;
              url: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/backends/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Remove a model server */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              /** @enum {boolean} */
              ok: true;
            };
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/backends/{id}/test": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Test connection: ask the saved server whether it is ready and has the nodes and models Hearth needs */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              message: string;
              ok: boolean;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/clients": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The signed-in therapist's caseload */
    get: {
      parameters: {
        query?: {
          archived?: "true" | "false";
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              clients: {
                artworkCount: number;
                createdAt: string;
                displayName: string;
                goals: string;
                hasAccount: boolean;
                /** Format: uuid */
                id: string;
                pronouns: string | null;
                /** @enum {string} */
                status: "active" | "archived";
                updatedAt: string;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    /** Add a client to the caseload */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            displayName: string;
            goals?: string;
            pronouns?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              artworkCount: number;
              createdAt: string;
              displayName: string;
              goals: string;
              hasAccount: boolean;
              /** Format: uuid */
              id: string;
              pronouns: string | null;
              /** @enum {string} */
              status: "active" | "archived";
              updatedAt: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/clients/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One client record */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              artworkCount: number;
              createdAt: string;
              displayName: string;
              goals: string;
              hasAccount: boolean;
              /** Format: uuid */
              id: string;
              pronouns: string | null;
              /** @enum {string} */
              status: "active" | "archived";
              updatedAt: string;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    /** Archive a client (their record and work are kept; restore with PATCH status=active) */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              artworkCount: number;
              createdAt: string;
              displayName: string;
              goals: string;
              hasAccount: boolean;
              /** Format: uuid */
              id: string;
              pronouns: string | null;
              /** @enum {string} */
              status: "active" | "archived";
              updatedAt: string;
            };
          };
        };
      };
    };
    options?: never;
    head?: never;
    /** Change name, pronouns, goals, or archive/restore */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            displayName?: string;
            goals?: string;
            pronouns?: string | null;
            /** @enum {string} */
            status?: "active" | "archived";
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              artworkCount: number;
              createdAt: string;
              displayName: string;
              goals: string;
              hasAccount: boolean;
              /** Format: uuid */
              id: string;
              pronouns: string | null;
              /** @enum {string} */
              status: "active" | "archived";
              updatedAt: string;
            };
          };
        };
      };
    };
    trace?: never;
  };
  "/api/clients/{id}/access": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** How you reach this record: as its therapist, as a supervisor (read-only), or as the client */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              /** @enum {string} */
              relation: "therapist" | "supervisor" | "client";
              therapistName: string;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/clients/{id}/artworks": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A client's gallery, newest first */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              artworks: {
                backend: string | null;
                bytes: number;
                /** Format: uuid */
                clientId: string;
                createdAt: string;
                createdByClient: boolean;
                hasStrokes: boolean;
                height: number;
                /** Format: uuid */
                id: string;
                imageUrl: string;
                /** @enum {string} */
                kind: "sketch" | "upload" | "generated" | "inpainted";
                mime: string;
                params: {
                  [key: string]: unknown;
                };
                parentId: string | null;
                seed: number | null;
                sessionId: string | null;
                /** @enum {string} */
                state: "gallery" | "draft" | "process";
                thumbUrl: string;
                title: string;
                width: number;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    /** Upload an image (multipart: `file`, optional `title` (screened), `sessionId`). Type is detected from content; metadata is stripped. */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              backend: string | null;
              bytes: number;
              /** Format: uuid */
              clientId: string;
              createdAt: string;
              createdByClient: boolean;
              crisis: {
                contacts: {
                  detail: string;
                  label: string;
                }[];
                heading: string;
                /** @enum {string} */
                level: "concern" | "urgent";
                message: string;
              } | null;
              hasStrokes: boolean;
              height: number;
              /** Format: uuid */
              id: string;
              imageUrl: string;
              /** @enum {string} */
              kind: "sketch" | "upload" | "generated" | "inpainted";
              mime: string;
              params: {
                [key: string]: unknown;
              };
              parentId: string | null;
              seed: number | null;
              sessionId: string | null;
              /** @enum {string} */
              state: "gallery" | "draft" | "process";
              thumbUrl: string;
              title: string;
              width: number;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/clients/{id}/audit": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Who accessed this client's record, newest first */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              entries: {
                action: string;
                actorName: string;
                actorRole: string | null;
                at: string;
                seq: number;
                targetId: string | null;
                targetType: string | null;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/clients/{id}/care-history": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Transfers of this client's care, newest first */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              transfers: {
                at: string;
                byName: string;
                /** Format: uuid */
                clientId: string;
                clientName: string;
                fromName: string;
                /** Format: uuid */
                id: string;
                toName: string;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/clients/{id}/checkins": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Check-ins, newest first */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              checkins: {
                activity: string | null;
                arousal: number;
                createdAt: string;
                distress: number;
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                moment: "before" | "after" | "standalone";
                note: string | null;
                valence: number;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    /** Mood check-in (valence/arousal and 0–10 distress), note screened for crisis language */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            activity?: string;
            arousal: number;
            distress: number;
            /** Format: uuid */
            homeworkId?: string;
            /**
             * @default standalone
             * @enum {string}
             */
            moment?: "before" | "after" | "standalone";
            note?: string;
            valence: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              checkin: {
                activity: string | null;
                arousal: number;
                createdAt: string;
                distress: number;
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                moment: "before" | "after" | "standalone";
                note: string | null;
                valence: number;
              };
              crisis: {
                contacts: {
                  detail: string;
                  label: string;
                }[];
                heading: string;
                /** @enum {string} */
                level: "concern" | "urgent";
                message: string;
              } | null;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/clients/{id}/consent": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** What the client has agreed to now, and every signature and withdrawal */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              /** Format: uuid */
              clientId: string;
              current: {
                documentVersion: string;
                scopes: ("builtin_ai" | "external_ai" | "insights" | "music" | "group")[];
                /** Format: date-time */
                signedAt: string;
              } | null;
              documentVersion: string;
              history: {
                actorId: string | null;
                /** Format: date-time */
                at: string;
                documentLocale: ("en" | "es" | "de") | null;
                documentVersion: string;
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                kind: "sign" | "withdraw";
                scopes: ("builtin_ai" | "external_ai" | "insights" | "music" | "group")[];
                signature: string | null;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    /** Sign the current consent document, granting exactly these scopes */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            documentVersion: string;
            /** @enum {string} */
            locale?: "en" | "es" | "de";
            scopes: ("builtin_ai" | "external_ai" | "insights" | "music" | "group")[];
            signature: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              /** Format: uuid */
              clientId: string;
              current: {
                documentVersion: string;
                scopes: ("builtin_ai" | "external_ai" | "insights" | "music" | "group")[];
                /** Format: date-time */
                signedAt: string;
              } | null;
              documentVersion: string;
              history: {
                actorId: string | null;
                /** Format: date-time */
                at: string;
                documentLocale: ("en" | "es" | "de") | null;
                documentVersion: string;
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                kind: "sign" | "withdraw";
                scopes: ("builtin_ai" | "external_ai" | "insights" | "music" | "group")[];
                signature: string | null;
              }[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/clients/{id}/consent/withdraw": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Withdraw scopes; features that need them stop at once */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            scopes: ("builtin_ai" | "external_ai" | "insights" | "music" | "group")[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              /** Format: uuid */
              clientId: string;
              current: {
                documentVersion: string;
                scopes: ("builtin_ai" | "external_ai" | "insights" | "music" | "group")[];
                /** Format: date-time */
                signedAt: string;
              } | null;
              documentVersion: string;
              history: {
                actorId: string | null;
                /** Format: date-time */
                at: string;
                documentLocale: ("en" | "es" | "de") | null;
                documentVersion: string;
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                kind: "sign" | "withdraw";
                scopes: ("builtin_ai" | "external_ai" | "insights" | "music" | "group")[];
                signature: string | null;
              }[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/clients/{id}/crisis-region": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Which region's crisis contacts this client is shown */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              language: ("en" | "es" | "de") | null;
              region: string | null;
            };
          };
        };
      };
    };
    /** Set which region's crisis contacts (and in which language) this client is shown; null: the defaults */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            language?: ("en" | "es" | "de") | null;
            region: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              language: ("en" | "es" | "de") | null;
              region: string | null;
            };
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/clients/{id}/directive-suggestions": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Directives ranked for this client (goals, plan, PHQ-9/GAD-7, homework and how the client felt after it, music that eased them, recent-work trends,
     * traditions), each with a one-line reason; for the therapist only
     */
    get: {
      parameters: {
        query?: {
          lang?: "en" | "es" | "de";
        };
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              basedOn: {
                completed: number;
                gad7: string | null;
                goals: number;
                listenings: number;
                phq9: string | null;
                rated: number;
                trends: number;
              };
              suggestions: {
                directiveId: string;
                goalTags: string[];
                mode: string;
                reason: string;
                title: string;
              }[];
              /** @enum {string} */
              wordedBy: "builtin" | "model";
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/clients/{id}/erase": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Erase a client for good: their data key is destroyed, then their records, files and login are deleted */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            confirmName: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              /** @enum {boolean} */
              ok: true;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/clients/{id}/export": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Everything as a ZIP: records.json, original images and audio, summary.pdf, FHIR QuestionnaireResponses, README.txt (needs a fresh password) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/clients/{id}/generate": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Co-create: sketch (optional) + words → 1–4 images (with a model server and async: 202 and a job to follow); the words are screened */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            async?: boolean;
            backendId?: "builtin" | string;
            /** @default 1 */
            count?: number;
            /** @default 576 */
            height?: number;
            /** @default  */
            negativePrompt?: string;
            prompt: string;
            seed?: number;
            /** Format: uuid */
            sessionId?: string;
            /** @default 0.7 */
            sketchStrength?: number;
            /** Format: uuid */
            sourceArtworkId?: string;
            style?: string;
            title?: string;
            wholePhoto?: boolean;
            /** @default 768 */
            width?: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              artworks: {
                backend: string | null;
                bytes: number;
                /** Format: uuid */
                clientId: string;
                createdAt: string;
                createdByClient: boolean;
                hasStrokes: boolean;
                height: number;
                /** Format: uuid */
                id: string;
                imageUrl: string;
                /** @enum {string} */
                kind: "sketch" | "upload" | "generated" | "inpainted";
                mime: string;
                params: {
                  [key: string]: unknown;
                };
                parentId: string | null;
                seed: number | null;
                sessionId: string | null;
                /** @enum {string} */
                state: "gallery" | "draft" | "process";
                thumbUrl: string;
                title: string;
                width: number;
              }[];
              crisis: {
                contacts: {
                  detail: string;
                  label: string;
                }[];
                heading: string;
                /** @enum {string} */
                level: "concern" | "urgent";
                message: string;
              } | null;
              paper?: {
                corners?: [
                  number,
                  number
                ][];
                height?: number;
                note: string;
                straightened: boolean;
                width?: number;
              };
              reports?: {
                height: number;
                horizon: {
                  drawn: boolean;
                  y: number;
                };
                leftOut: string[];
                /** @enum {string} */
                light: "left" | "right";
                notDrawn: string[];
                seed: number;
                sketch?: {
                  enclosedShapes: number;
                  figures: number;
                  horizonY: number | null;
                  ownColours: boolean;
                  paths: number;
                  skyObjects: number;
                };
                style: string;
                width: number;
                words: {
                  /** @enum {string} */
                  as: "thing" | "figure" | "motif" | "feeling" | "colour" | "style" | "tone" | "left-out" | "not-drawn";
                  drawn?: string;
                  fromSketch?: boolean;
                  shape?: string;
                  where?: {
                    box: {
                      h: number;
                      w: number;
                      x: number;
                      y: number;
                    };
                    /** @enum {string} */
                    layer: "sky" | "far" | "middle" | "near" | "water";
                  }[];
                  word: string;
                }[];
              }[];
            };
          };
        };
        /** @description Default Response */
        202: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              crisis: {
                contacts: {
                  detail: string;
                  label: string;
                }[];
                heading: string;
                /** @enum {string} */
                level: "concern" | "urgent";
                message: string;
              } | null;
              /** Format: uuid */
              jobId: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/clients/{id}/group-work": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A client’s own part in group work: groups, their strokes, works they contributed to */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              groups: {
                /** Format: uuid */
                groupId: string;
                member: boolean;
                myDisplayName: string | null;
                name: string;
                sessions: {
                  /** Format: uuid */
                  id: string;
                  myStrokes: {
                    author: string;
                    color: string;
                    id: string;
                    points: number[];
                    seq: number;
                    size: number;
                  }[];
                  scheduledAt: string;
                  /** @enum {string} */
                  status: "scheduled" | "in_progress" | "completed" | "cancelled";
                  title: string;
                }[];
                works: {
                  contributors: number;
                  createdAt: string;
                  /** Format: uuid */
                  id: string;
                  myWords: string | null;
                  /** Format: uuid */
                  sessionId: string;
                }[];
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/clients/{id}/homework": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Homework, newest first */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              homework: {
                /** Format: uuid */
                clientId: string;
                completedAt: string | null;
                createdAt: string;
                directiveId: string;
                dueAt: string | null;
                goal: string;
                /** Format: uuid */
                id: string;
                instructions: string[];
                mode: string;
                note: string | null;
                overdue: boolean;
                reflectionQuestions: string[];
                /** @enum {string} */
                status: "assigned" | "in_progress" | "completed" | "cancelled";
                title: string;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    /** Assign a directive as homework */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            directiveId: string;
            /** Format: date-time */
            dueAt?: string;
            note?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              /** Format: uuid */
              clientId: string;
              completedAt: string | null;
              createdAt: string;
              directiveId: string;
              dueAt: string | null;
              goal: string;
              /** Format: uuid */
              id: string;
              instructions: string[];
              mode: string;
              note: string | null;
              overdue: boolean;
              reflectionQuestions: string[];
              /** @enum {string} */
              status: "assigned" | "in_progress" | "completed" | "cancelled";
              title: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/clients/{id}/homework-history": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Compiled homework history: what was made, what the client wrote, how mood changed */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              items: {
                artworks: {
                  backend: string | null;
                  bytes: number;
                  /** Format: uuid */
                  clientId: string;
                  createdAt: string;
                  createdByClient: boolean;
                  hasStrokes: boolean;
                  height: number;
                  /** Format: uuid */
                  id: string;
                  imageUrl: string;
                  /** @enum {string} */
                  kind: "sketch" | "upload" | "generated" | "inpainted";
                  mime: string;
                  params: {
                    [key: string]: unknown;
                  };
                  parentId: string | null;
                  seed: number | null;
                  sessionId: string | null;
                  /** @enum {string} */
                  state: "gallery" | "draft" | "process";
                  thumbUrl: string;
                  title: string;
                  width: number;
                }[];
                homework: {
                  /** Format: uuid */
                  clientId: string;
                  completedAt: string | null;
                  createdAt: string;
                  directiveId: string;
                  dueAt: string | null;
                  goal: string;
                  /** Format: uuid */
                  id: string;
                  instructions: string[];
                  mode: string;
                  note: string | null;
                  overdue: boolean;
                  reflectionQuestions: string[];
                  /** @enum {string} */
                  status: "assigned" | "in_progress" | "completed" | "cancelled";
                  title: string;
                };
                mood: {
                  after: {
                    arousal: number;
                    distress: number;
                    valence: number;
                  } | null;
                  before: {
                    arousal: number;
                    distress: number;
                    valence: number;
                  } | null;
                  distressChange: number | null;
                };
                music: {
                  createdAt: string;
                  description: string;
                  /** Format: uuid */
                  id: string;
                  seconds: number;
                }[];
                reflections: {
                  artworkId: string | null;
                  byClient: boolean;
                  createdAt: string;
                  /** Format: uuid */
                  id: string;
                  question: string | null;
                  text: string;
                }[];
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/clients/{id}/insights": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Artwork and drawing-process features against this client's own baseline */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              baseline: {
                have: number;
                needed: number;
              };
              note: string;
              observations: {
                /** @enum {string} */
                direction: "higher" | "lower";
                feature: string;
                runLength: number;
                sentence: string;
                usual: {
                  high: number;
                  low: number;
                  median: number;
                };
                workIds: string[];
              }[];
              works: {
                createdAt: string;
                /** Format: uuid */
                id: string;
                kind: string;
                thumbUrl: string;
                title: string;
                values: {
                  [key: string]: number;
                };
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/clients/{id}/invites": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** This client's invites */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              invites: {
                /** Format: uuid */
                clientId: string;
                createdAt: string;
                expiresAt: string;
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                status: "open" | "used" | "revoked" | "expired";
                url?: string;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    /** Create a single-use invite link for this client (shown once); `locale` is the language they start in */
    post: {
      parameters: {
        query?: {
          locale?: "en" | "es" | "de";
        };
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              /** Format: uuid */
              clientId: string;
              createdAt: string;
              expiresAt: string;
              /** Format: uuid */
              id: string;
              /** @enum {string} */
              status: "open" | "used" | "revoked" | "expired";
              url?: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/clients/{id}/jobs/{jobId}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Progress of a picture being made by a model server (0..1), and the artworks when done */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          jobId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              artworkIds: string[];
              backendId: string;
              /** Format: uuid */
              clientId: string;
              error: {
                code: string;
                /** @enum {string} */
                fallback?: "builtin";
                message: string;
              } | null;
              /** Format: uuid */
              id: string;
              progress: number;
              stage: string;
              /** @enum {string} */
              state: "queued" | "running" | "done" | "failed" | "cancelled";
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/clients/{id}/jobs/{jobId}/cancel": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Stop a picture that is waiting or being made (the model server is told to stop) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          jobId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              artworkIds: string[];
              backendId: string;
              /** Format: uuid */
              clientId: string;
              error: {
                code: string;
                /** @enum {string} */
                fallback?: "builtin";
                message: string;
              } | null;
              /** Format: uuid */
              id: string;
              progress: number;
              stage: string;
              /** @enum {string} */
              state: "queued" | "running" | "done" | "failed" | "cancelled";
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/clients/{id}/live-canvas": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Watch the client’s canvas live: a Server-Sent-Events stream (events: drawing, strokes, ended) while a session is in progress; ?once=true sends the
     * current picture as JSON
     */
    get: {
      parameters: {
        query?: {
          once?: "true" | "false";
        };
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              drawing: {
                background: string;
                drawingId: string;
                height: number;
                strokes: unknown[];
                updatedAt: string;
                width: number;
              } | null;
              live: boolean;
            };
          };
        };
      };
    };
    put?: never;
    /** Share the strokes drawn since the last batch with the therapist’s live view (only while a session is in progress; nothing is stored) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            drawingId: string;
            /** @default false */
            replace?: boolean;
            strokes: unknown;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              live: boolean;
              watchers: number;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/clients/{id}/measure-schedule": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Measure schedule: how often each is asked, whether one is due or overdue, when next */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              schedules: {
                due: boolean;
                /** @enum {string} */
                frequency: "every_session" | "weekly" | "every_two_weeks" | "monthly" | "off";
                lastAnsweredAt: string | null;
                /** @enum {string} */
                measure: "phq9" | "gad7" | "pcl5" | "who5";
                nextDueAt: string | null;
                overdue: boolean;
                title: string;
              }[];
            };
          };
        };
      };
    };
    /** Schedule a measure (every session, weekly, every two weeks, monthly, or off) */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            /** @enum {string} */
            frequency: "every_session" | "weekly" | "every_two_weeks" | "monthly" | "off";
            /** @enum {string} */
            measure: "phq9" | "gad7" | "pcl5" | "who5";
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              schedules: {
                due: boolean;
                /** @enum {string} */
                frequency: "every_session" | "weekly" | "every_two_weeks" | "monthly" | "off";
                lastAnsweredAt: string | null;
                /** @enum {string} */
                measure: "phq9" | "gad7" | "pcl5" | "who5";
                nextDueAt: string | null;
                overdue: boolean;
                title: string;
              }[];
            };
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/clients/{id}/measures": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Measure history, oldest first, with change from the previous response */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              responses: {
                answers: number[];
                band: string;
                change: {
                  change: number;
                  from: number;
                  outcome: string;
                  threshold: number;
                } | null;
                createdAt: string;
                /** Format: uuid */
                id: string;
                maxTotal: number;
                /** @enum {string} */
                measure: "phq9" | "gad7" | "pcl5" | "who5";
                safetyFlag: boolean;
                total: number;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    /** Submit a measure; scored and banded; a safety item (PHQ-9 item 9) above 0 raises an alert */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            answers: number[];
            /** @enum {string} */
            measure: "phq9" | "gad7" | "pcl5" | "who5";
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              crisis: {
                contacts: {
                  detail: string;
                  label: string;
                }[];
                heading: string;
                /** @enum {string} */
                level: "concern" | "urgent";
                message: string;
              } | null;
              response: {
                answers: number[];
                band: string;
                change: {
                  change: number;
                  from: number;
                  outcome: string;
                  threshold: number;
                } | null;
                createdAt: string;
                /** Format: uuid */
                id: string;
                maxTotal: number;
                /** @enum {string} */
                measure: "phq9" | "gad7" | "pcl5" | "who5";
                safetyFlag: boolean;
                total: number;
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/clients/{id}/music": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A client's pieces, newest first, with their listenings */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              pieces: {
                audioUrl: string;
                /** Format: uuid */
                clientId: string;
                createdAt: string;
                /** Format: uuid */
                id: string;
                listens: {
                  after: {
                    arousal: number;
                    distress: number;
                    valence: number;
                  };
                  before: {
                    arousal: number;
                    distress: number;
                    valence: number;
                  };
                  createdAt: string;
                  /** Format: uuid */
                  id: string;
                  secondsListened: number;
                }[];
                plan: {
                  bpm: number;
                  instruments: string[];
                  key: string;
                  melody: boolean;
                  mode: string;
                  percussion: boolean;
                  register: string;
                  textures: string[];
                };
                prompt: string;
                sampleId: string | null;
                sampleRate: number;
                seconds: number;
                seed: number;
                steering: {
                  events: {
                    at: string;
                    atSeconds: number;
                    /** @enum {string} */
                    command: "calmer" | "livelier" | "brighter" | "darker" | "slower" | "faster" | "fewer" | "more" | "quieter" | "louder";
                  }[];
                  /** Format: uuid */
                  id: string;
                  startedAt: string;
                }[];
              }[];
            };
          };
        };
      };
    };
    put?: never;
    /** Compose a piece from words (kept as plan + seed; rendered when played); the words are screened */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            mood?: {
              arousal: number;
              valence: number;
            };
            prompt: string;
            /** Format: uuid */
            sampleId?: string;
            /** @default 44100 */
            sampleRate?: 32000 | 44100 | 48000;
            /** @default 120 */
            seconds?: number;
            seed?: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              audioUrl: string;
              /** Format: uuid */
              clientId: string;
              createdAt: string;
              crisis: {
                contacts: {
                  detail: string;
                  label: string;
                }[];
                heading: string;
                /** @enum {string} */
                level: "concern" | "urgent";
                message: string;
              } | null;
              /** Format: uuid */
              id: string;
              listens: {
                after: {
                  arousal: number;
                  distress: number;
                  valence: number;
                };
                before: {
                  arousal: number;
                  distress: number;
                  valence: number;
                };
                createdAt: string;
                /** Format: uuid */
                id: string;
                secondsListened: number;
              }[];
              plan: {
                bpm: number;
                instruments: string[];
                key: string;
                melody: boolean;
                mode: string;
                percussion: boolean;
                register: string;
                textures: string[];
              };
              prompt: string;
              sampleId: string | null;
              sampleRate: number;
              seconds: number;
              seed: number;
              steering: {
                events: {
                  at: string;
                  atSeconds: number;
                  /** @enum {string} */
                  command: "calmer" | "livelier" | "brighter" | "darker" | "slower" | "faster" | "fewer" | "more" | "quieter" | "louder";
                }[];
                /** Format: uuid */
                id: string;
                startedAt: string;
              }[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/clients/{id}/music/recommendation": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** What to play next for this mood, learned from this client’s listenings */
    get: {
      parameters: {
        query: {
          arousal: number;
          distress: number;
          valence: number;
        };
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              bpm: number;
              explanation: {
                args: {
                  [key: string]: string | number;
                };
                key: string;
              }[];
              instruments: string[];
              listenings: number;
              mode: string;
              prompt: string;
              tempoPath: number[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/clients/{id}/music/samples": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A client's recordings, newest first */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              samples: {
                bpm: number;
                channels: number;
                createdAt: string;
                /** Format: uuid */
                id: string;
                key: string;
                lufs: number;
                mode: string;
                sampleRate: number;
                seconds: number;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    /** Upload a short WAV recording (multipart `file`; 16-bit PCM or 32-bit float, mono or stereo, 2–60 s) to continue in its key and tempo */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              bpm: number;
              channels: number;
              createdAt: string;
              /** Format: uuid */
              id: string;
              key: string;
              lufs: number;
              mode: string;
              sampleRate: number;
              seconds: number;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/clients/{id}/notes": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A client's session notes, newest first */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              notes: {
                addenda: {
                  contentHash: string;
                  createdAt: string;
                  /** Format: uuid */
                  id: string;
                  text: string;
                }[];
                /** Format: uuid */
                clientId: string;
                contentHash: string | null;
                createdAt: string;
                draftedBy: string;
                /** @enum {string} */
                format: "SOAP" | "DAP" | "BIRP";
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                integrity: "draft" | "intact" | "altered";
                sections: {
                  key: string;
                  label: string;
                  text: string;
                }[];
                sessionId: string | null;
                signedAt: string | null;
                /** @enum {string} */
                status: "draft" | "signed";
                updatedAt: string;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/clients/{id}/plans": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Treatment plans (clients see the ones shared with them) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              plans: {
                /** Format: uuid */
                clientId: string;
                content: {
                  goals: {
                    id: string;
                    objectives: {
                      id: string;
                      target?: {
                        above?: number;
                        below?: number;
                        /** Format: date */
                        by: string;
                        /** @enum {string} */
                        measure: "phq9" | "gad7" | "pcl5" | "who5";
                      };
                      text: string;
                    }[];
                    text: string;
                  }[];
                  interventions: string[];
                  problems: string[];
                };
                createdAt: string;
                /** Format: uuid */
                id: string;
                progress: {
                  by: string;
                  /** @enum {string} */
                  direction: "below" | "above";
                  first: number | null;
                  goalId: string;
                  latest: number | null;
                  latestAt: string | null;
                  measure: string;
                  objectiveId: string;
                  /** @enum {string} */
                  status: "no_data" | "met" | "not_yet" | "overdue";
                  target: number;
                }[];
                shared: boolean;
                /** @enum {string} */
                status: "active" | "archived";
                updatedAt: string;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    /** Write a treatment plan */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            goals: {
              id: string;
              objectives: {
                id: string;
                target?: {
                  above?: number;
                  below?: number;
                  /** Format: date */
                  by: string;
                  /** @enum {string} */
                  measure: "phq9" | "gad7" | "pcl5" | "who5";
                };
                text: string;
              }[];
              text: string;
            }[];
            interventions: string[];
            problems: string[];
            /** @default false */
            shared?: boolean;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              /** Format: uuid */
              clientId: string;
              content: {
                goals: {
                  id: string;
                  objectives: {
                    id: string;
                    target?: {
                      above?: number;
                      below?: number;
                      /** Format: date */
                      by: string;
                      /** @enum {string} */
                      measure: "phq9" | "gad7" | "pcl5" | "who5";
                    };
                    text: string;
                  }[];
                  text: string;
                }[];
                interventions: string[];
                problems: string[];
              };
              createdAt: string;
              /** Format: uuid */
              id: string;
              progress: {
                by: string;
                /** @enum {string} */
                direction: "below" | "above";
                first: number | null;
                goalId: string;
                latest: number | null;
                latestAt: string | null;
                measure: string;
                objectiveId: string;
                /** @enum {string} */
                status: "no_data" | "met" | "not_yet" | "overdue";
                target: number;
              }[];
              shared: boolean;
              /** @enum {string} */
              status: "active" | "archived";
              updatedAt: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/clients/{id}/reflections": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Reflections, newest first */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              reflections: {
                artworkId: string | null;
                byClient: boolean;
                createdAt: string;
                /** Format: uuid */
                id: string;
                text: string;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    /** Write a reflection (optionally on an artwork); screened for crisis language */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            /** Format: uuid */
            artworkId?: string;
            text: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              crisis: {
                contacts: {
                  detail: string;
                  label: string;
                }[];
                heading: string;
                /** @enum {string} */
                level: "concern" | "urgent";
                message: string;
              } | null;
              reflection: {
                artworkId: string | null;
                byClient: boolean;
                createdAt: string;
                /** Format: uuid */
                id: string;
                text: string;
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/clients/{id}/reminders": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A client's session reminders, with whether each is due now and whether the client saw or dismissed it */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              reminders: {
                active: boolean;
                dismissedAt: string | null;
                due: boolean;
                dueAt: string;
                /** Format: uuid */
                id: string;
                minutesBefore: number;
                scheduledAt: string;
                seenAt: string | null;
                /** Format: uuid */
                sessionId: string;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/clients/{id}/reminders/{reminderId}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** The client saw or dismissed a reminder */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          reminderId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            /** @enum {string} */
            state: "seen" | "dismissed";
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              active: boolean;
              dismissedAt: string | null;
              due: boolean;
              dueAt: string;
              /** Format: uuid */
              id: string;
              minutesBefore: number;
              scheduledAt: string;
              seenAt: string | null;
              /** Format: uuid */
              sessionId: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/clients/{id}/series": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Create a series: works in chapters with a title, the client’s words and optional music (the words are screened) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            chapters: {
              artworkId: string | null;
              musicId?: string | null;
              title: string;
              words: string;
            }[];
            description?: string;
            musicId?: string | null;
            title: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              crisis: {
                contacts: {
                  detail: string;
                  label: string;
                }[];
                heading: string;
                /** @enum {string} */
                level: "concern" | "urgent";
                message: string;
              } | null;
              series: {
                byClient: boolean;
                chapters: {
                  artworkId: string | null;
                  /** Format: uuid */
                  id: string;
                  imageUrl: string | null;
                  musicId: string | null;
                  thumbUrl: string | null;
                  title: string;
                  words: string;
                }[];
                /** Format: uuid */
                clientId: string;
                createdAt: string;
                description: string;
                /** Format: uuid */
                id: string;
                musicId: string | null;
                pdfUrl: string;
                title: string;
                updatedAt: string;
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/clients/{id}/series/{seriesId}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Replace a series’ title, music and chapters in the order given (new words are screened) */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          seriesId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            chapters: {
              artworkId: string | null;
              musicId?: string | null;
              title: string;
              words: string;
            }[];
            description?: string;
            musicId?: string | null;
            title: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              crisis: {
                contacts: {
                  detail: string;
                  label: string;
                }[];
                heading: string;
                /** @enum {string} */
                level: "concern" | "urgent";
                message: string;
              } | null;
              series: {
                byClient: boolean;
                chapters: {
                  artworkId: string | null;
                  /** Format: uuid */
                  id: string;
                  imageUrl: string | null;
                  musicId: string | null;
                  thumbUrl: string | null;
                  title: string;
                  words: string;
                }[];
                /** Format: uuid */
                clientId: string;
                createdAt: string;
                description: string;
                /** Format: uuid */
                id: string;
                musicId: string | null;
                pdfUrl: string;
                title: string;
                updatedAt: string;
              };
            };
          };
        };
      };
    };
    post?: never;
    /** Delete a series (the works stay in the gallery) */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          seriesId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              /** @enum {boolean} */
              ok: true;
            };
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/clients/{id}/series/{seriesId}/storybook.pdf": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The series as a printable storybook (PDF: a cover, then one chapter per page) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          seriesId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/clients/{id}/sessions": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A client's sessions, newest first */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              sessions: {
                /** Format: uuid */
                clientId: string;
                endedAt: string | null;
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                kind: "individual" | "group";
                scheduledAt: string;
                startedAt: string | null;
                /** @enum {string} */
                status: "scheduled" | "in_progress" | "completed" | "cancelled";
                title: string;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    /** Schedule a session */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            /** @enum {string} */
            kind?: "individual" | "group";
            reminders?: number[];
            /** Format: date-time */
            scheduledAt: string;
            title?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              /** Format: uuid */
              clientId: string;
              endedAt: string | null;
              /** Format: uuid */
              id: string;
              /** @enum {string} */
              kind: "individual" | "group";
              scheduledAt: string;
              startedAt: string | null;
              /** @enum {string} */
              status: "scheduled" | "in_progress" | "completed" | "cancelled";
              title: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/clients/{id}/sketches": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Save a drawing with its recorded strokes (the title is screened) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            draft?: boolean;
            image: string;
            /** Format: uuid */
            sessionId?: string;
            strokes: unknown;
            title?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              backend: string | null;
              bytes: number;
              /** Format: uuid */
              clientId: string;
              createdAt: string;
              createdByClient: boolean;
              crisis: {
                contacts: {
                  detail: string;
                  label: string;
                }[];
                heading: string;
                /** @enum {string} */
                level: "concern" | "urgent";
                message: string;
              } | null;
              hasStrokes: boolean;
              height: number;
              /** Format: uuid */
              id: string;
              imageUrl: string;
              /** @enum {string} */
              kind: "sketch" | "upload" | "generated" | "inpainted";
              mime: string;
              params: {
                [key: string]: unknown;
              };
              parentId: string | null;
              seed: number | null;
              sessionId: string | null;
              /** @enum {string} */
              state: "gallery" | "draft" | "process";
              thumbUrl: string;
              title: string;
              width: number;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/clients/{id}/stories": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A client's series (oldest first) and the works marked as self-portraits */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              selfPortraits: {
                /** Format: uuid */
                artworkId: string;
                createdAt: string;
                imageUrl: string;
                thumbUrl: string;
                title: string;
              }[];
              series: {
                byClient: boolean;
                chapters: {
                  artworkId: string | null;
                  /** Format: uuid */
                  id: string;
                  imageUrl: string | null;
                  musicId: string | null;
                  thumbUrl: string | null;
                  title: string;
                  words: string;
                }[];
                /** Format: uuid */
                clientId: string;
                createdAt: string;
                description: string;
                /** Format: uuid */
                id: string;
                musicId: string | null;
                pdfUrl: string;
                title: string;
                updatedAt: string;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/clients/{id}/studio/drafts": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The studio drafts not kept yet (pictures and the drawings they were made from), newest first */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              drafts: {
                backend: string | null;
                bytes: number;
                /** Format: uuid */
                clientId: string;
                createdAt: string;
                createdByClient: boolean;
                hasStrokes: boolean;
                height: number;
                /** Format: uuid */
                id: string;
                imageUrl: string;
                /** @enum {string} */
                kind: "sketch" | "upload" | "generated" | "inpainted";
                mime: string;
                params: {
                  [key: string]: unknown;
                };
                parentId: string | null;
                seed: number | null;
                sessionId: string | null;
                /** @enum {string} */
                state: "gallery" | "draft" | "process";
                thumbUrl: string;
                title: string;
                width: number;
              }[];
              history: {
                backend: string | null;
                bytes: number;
                /** Format: uuid */
                clientId: string;
                createdAt: string;
                createdByClient: boolean;
                hasStrokes: boolean;
                height: number;
                /** Format: uuid */
                id: string;
                imageUrl: string;
                /** @enum {string} */
                kind: "sketch" | "upload" | "generated" | "inpainted";
                mime: string;
                params: {
                  [key: string]: unknown;
                };
                parentId: string | null;
                seed: number | null;
                sessionId: string | null;
                /** @enum {string} */
                state: "gallery" | "draft" | "process";
                thumbUrl: string;
                title: string;
                width: number;
              }[];
              staleAfterDays: number;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/clients/{id}/supports": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A client's visual supports (oldest first), with the ticks of their routines */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              supports: {
                /** Format: uuid */
                clientId: string;
                createdAt: string;
                /** Format: uuid */
                id: string;
                items: {
                  helps: string;
                  picture: ({
                    symbol: string;
                  } | {
                    /** Format: uuid */
                    artworkId: string;
                  }) | null;
                  pictureUrl: string | null;
                  text: string;
                  warnings: ("too_long" | "not_first_person" | "not_present" | "several_sentences")[];
                }[];
                /** @enum {string} */
                kind: "story" | "schedule" | "cards";
                options: {
                  highContrast: boolean;
                  largePrint: boolean;
                  symbolOnly: boolean;
                };
                pdfUrl: string;
                /** @enum {string} */
                scheduleMode: "first_then" | "routine";
                ticks: {
                  day: string;
                  steps: number[];
                }[];
                title: string;
                updatedAt: string;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    /** Prepare a social story, a visual schedule or emotion cards for a client */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            items: {
              helps?: string;
              picture: ({
                symbol: string;
              } | {
                /** Format: uuid */
                artworkId: string;
              }) | null;
              text: string;
            }[];
            /** @enum {string} */
            kind: "story" | "schedule" | "cards";
            options: {
              highContrast: boolean;
              largePrint: boolean;
              symbolOnly: boolean;
            };
            /** @enum {string} */
            scheduleMode?: "first_then" | "routine";
            title: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              support: {
                /** Format: uuid */
                clientId: string;
                createdAt: string;
                /** Format: uuid */
                id: string;
                items: {
                  helps: string;
                  picture: ({
                    symbol: string;
                  } | {
                    /** Format: uuid */
                    artworkId: string;
                  }) | null;
                  pictureUrl: string | null;
                  text: string;
                  warnings: ("too_long" | "not_first_person" | "not_present" | "several_sentences")[];
                }[];
                /** @enum {string} */
                kind: "story" | "schedule" | "cards";
                options: {
                  highContrast: boolean;
                  largePrint: boolean;
                  symbolOnly: boolean;
                };
                pdfUrl: string;
                /** @enum {string} */
                scheduleMode: "first_then" | "routine";
                ticks: {
                  day: string;
                  steps: number[];
                }[];
                title: string;
                updatedAt: string;
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/clients/{id}/supports/{supportId}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Replace a visual support (title, options, items in order) */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          supportId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            items: {
              helps?: string;
              picture: ({
                symbol: string;
              } | {
                /** Format: uuid */
                artworkId: string;
              }) | null;
              text: string;
            }[];
            /** @enum {string} */
            kind: "story" | "schedule" | "cards";
            options: {
              highContrast: boolean;
              largePrint: boolean;
              symbolOnly: boolean;
            };
            /** @enum {string} */
            scheduleMode?: "first_then" | "routine";
            title: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              support: {
                /** Format: uuid */
                clientId: string;
                createdAt: string;
                /** Format: uuid */
                id: string;
                items: {
                  helps: string;
                  picture: ({
                    symbol: string;
                  } | {
                    /** Format: uuid */
                    artworkId: string;
                  }) | null;
                  pictureUrl: string | null;
                  text: string;
                  warnings: ("too_long" | "not_first_person" | "not_present" | "several_sentences")[];
                }[];
                /** @enum {string} */
                kind: "story" | "schedule" | "cards";
                options: {
                  highContrast: boolean;
                  largePrint: boolean;
                  symbolOnly: boolean;
                };
                pdfUrl: string;
                /** @enum {string} */
                scheduleMode: "first_then" | "routine";
                ticks: {
                  day: string;
                  steps: number[];
                }[];
                title: string;
                updatedAt: string;
              };
            };
          };
        };
      };
    };
    post?: never;
    /** Delete a visual support */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          supportId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              /** @enum {boolean} */
              ok: true;
            };
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/clients/{id}/supports/{supportId}/print.pdf": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The support as a printable PDF (A4) */
    get: {
      parameters: {
        query?: {
          lang?: "en" | "es" | "de";
        };
        header?: never;
        path: {
          id: string;
          supportId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/clients/{id}/supports/{supportId}/ticks": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Tick steps of a daily routine for one day (replaces that day’s ticks) */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          supportId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            /** Format: date */
            day: string;
            steps: number[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              day: string;
              steps: number[];
            };
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/clients/{id}/traditions": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The cultural traditions the client chose as their own, and those on offer */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              available: {
                avoid: string;
                drawOn: string;
                id: string;
                motifs: string[];
                names: {
                  de: string;
                  en: string;
                  es: string;
                };
              }[];
              traditions: string[];
            };
          };
        };
      };
    };
    /** The client chooses their own traditions (replaces the list) */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            traditions: string[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              available: {
                avoid: string;
                drawOn: string;
                id: string;
                motifs: string[];
                names: {
                  de: string;
                  en: string;
                  es: string;
                };
              }[];
              traditions: string[];
            };
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/consent/document": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The consent document clients sign now, with every scope explained, in `locale` (else your language, else English) */
    get: {
      parameters: {
        query?: {
          locale?: "en" | "es" | "de";
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              body: string;
              locale: ("en" | "es" | "de") | null;
              publishedAt: string | null;
              scopes: {
                explanation: string;
                /** @enum {string} */
                id: "builtin_ai" | "external_ai" | "insights" | "music" | "group";
                title: string;
              }[];
              title: string;
              version: string;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/consent/documents": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Publish a new version of the consent document; clients are asked to sign again (the practice owner, after re-entering their password) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            body: string;
            title: string;
            version: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              body: string;
              locale: ("en" | "es" | "de") | null;
              publishedAt: string | null;
              scopes: {
                explanation: string;
                /** @enum {string} */
                id: "builtin_ai" | "external_ai" | "insights" | "music" | "group";
                title: string;
              }[];
              title: string;
              version: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/dashboard": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The therapist's day: sessions in a window, things to do, clients */
    get: {
      parameters: {
        query?: {
          from?: string;
          to?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              clients: {
                displayName: string;
                hasAccount: boolean;
                /** Format: uuid */
                id: string;
                nextSessionAt: string | null;
                pronouns: string | null;
              }[];
              from: string;
              sessions: {
                /** Format: uuid */
                clientId: string;
                clientName: string;
                endedAt: string | null;
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                kind: "individual" | "group";
                scheduledAt: string;
                startedAt: string | null;
                /** @enum {string} */
                status: "scheduled" | "in_progress" | "completed" | "cancelled";
                title: string;
              }[];
              to: string;
              todo: {
                alerts: {
                  /** Format: uuid */
                  alertId: string;
                  /** Format: uuid */
                  clientId: string;
                  clientName: string;
                  createdAt: string;
                  /** @enum {string} */
                  level: "concern" | "urgent";
                }[];
                homework: {
                  /** Format: uuid */
                  clientId: string;
                  clientName: string;
                  completedAt: string;
                  /** Format: uuid */
                  homeworkId: string;
                  title: string;
                }[];
                measures: {
                  /** Format: uuid */
                  clientId: string;
                  clientName: string;
                  dueSince: string | null;
                  /** @enum {string} */
                  measure: "phq9" | "gad7" | "pcl5" | "who5";
                  overdue: boolean;
                  title: string;
                }[];
                notes: {
                  /** Format: uuid */
                  clientId: string;
                  clientName: string;
                  createdAt: string;
                  /** @enum {string} */
                  format: "SOAP" | "DAP" | "BIRP";
                  /** Format: uuid */
                  noteId: string;
                  sessionId: string | null;
                }[];
              };
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/directives": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Search the catalogue and my own directives */
    get: {
      parameters: {
        query?: {
          goal?: string;
          maxMinutes?: number;
          mode?: string;
          source?: "built-in" | "mine";
          text?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              directives: {
                basedOn: string | null;
                durationMinutes: {
                  max: number;
                  min: number;
                };
                editable: boolean;
                goal: string;
                goalTags: string[];
                id: string;
                instructions: string[];
                mode: string;
                reflectionQuestions: string[];
                source: string;
                suitableFor: string[];
                therapistNotes: string;
                title: string;
                unsuitableFor: string[];
              }[];
            };
          };
        };
      };
    };
    put?: never;
    /** Write my own directive (private to me) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            durationMinutes: {
              max: number;
              min: number;
            };
            goal: string;
            goalTags: string[];
            instructions: string[];
            mode: string;
            reflectionQuestions: string[];
            suitableFor: string[];
            /** @default  */
            therapistNotes?: string;
            title: string;
            unsuitableFor: string[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              basedOn: string | null;
              durationMinutes: {
                max: number;
                min: number;
              };
              editable: boolean;
              goal: string;
              goalTags: string[];
              id: string;
              instructions: string[];
              mode: string;
              reflectionQuestions: string[];
              source: string;
              suitableFor: string[];
              therapistNotes: string;
              title: string;
              unsuitableFor: string[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/directives/{directiveId}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One directive */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          directiveId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              basedOn: string | null;
              durationMinutes: {
                max: number;
                min: number;
              };
              editable: boolean;
              goal: string;
              goalTags: string[];
              id: string;
              instructions: string[];
              mode: string;
              reflectionQuestions: string[];
              source: string;
              suitableFor: string[];
              therapistNotes: string;
              title: string;
              unsuitableFor: string[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Edit one of my own directives */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          directiveId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            durationMinutes?: {
              max: number;
              min: number;
            };
            goal?: string;
            goalTags?: string[];
            instructions?: string[];
            mode?: string;
            reflectionQuestions?: string[];
            suitableFor?: string[];
            /** @default  */
            therapistNotes?: string;
            title?: string;
            unsuitableFor?: string[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              basedOn: string | null;
              durationMinutes: {
                max: number;
                min: number;
              };
              editable: boolean;
              goal: string;
              goalTags: string[];
              id: string;
              instructions: string[];
              mode: string;
              reflectionQuestions: string[];
              source: string;
              suitableFor: string[];
              therapistNotes: string;
              title: string;
              unsuitableFor: string[];
            };
          };
        };
      };
    };
    trace?: never;
  };
  "/api/directives/{directiveId}/duplicate": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Copy a directive into my own, editable directives */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          directiveId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              basedOn: string | null;
              durationMinutes: {
                max: number;
                min: number;
              };
              editable: boolean;
              goal: string;
              goalTags: string[];
              id: string;
              instructions: string[];
              mode: string;
              reflectionQuestions: string[];
              source: string;
              suitableFor: string[];
              therapistNotes: string;
              title: string;
              unsuitableFor: string[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/group-sessions/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A group session */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              endedAt: string | null;
              /** Format: uuid */
              groupId: string;
              /** Format: uuid */
              id: string;
              scheduledAt: string;
              startedAt: string | null;
              /** @enum {string} */
              status: "scheduled" | "in_progress" | "completed" | "cancelled";
              title: string;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Start, end or cancel a group session */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            /** @enum {string} */
            status: "in_progress" | "completed" | "cancelled";
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              endedAt: string | null;
              /** Format: uuid */
              groupId: string;
              /** Format: uuid */
              id: string;
              scheduledAt: string;
              startedAt: string | null;
              /** @enum {string} */
              status: "scheduled" | "in_progress" | "completed" | "cancelled";
              title: string;
            };
          };
        };
      };
    };
    trace?: never;
  };
  "/api/group-sessions/{id}/attendance": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Record who attended */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            attendance: {
              /** Format: uuid */
              memberId: string;
              present: boolean;
            }[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              attendance: {
                /** Format: uuid */
                memberId: string;
                present: boolean;
              }[];
              body: string;
              lines: {
                clientName: string | null;
                displayName: string | null;
                line: string;
                /** Format: uuid */
                memberId: string;
              }[];
              /** Format: uuid */
              sessionId: string;
              updatedAt: string | null;
            };
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/group-sessions/{id}/canvas": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** May I take part in this shared canvas, and as whom (the websocket asks this) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              author: string;
              colour: string;
              memberId: string | null;
              name: string;
              /** @enum {string} */
              role: "therapist" | "client";
              /** Format: uuid */
              userId: string;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/group-sessions/{id}/cocreate": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The newest round of variations and its votes */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              myWords: string | null;
              round: {
                count: number;
                createdAt: string;
                /** Format: uuid */
                id: string;
                myVote: number | null;
                votes: number[];
                wordsGiven: number;
              } | null;
              wordsGiven: number;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/group-sessions/{id}/moderation": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Pause drawing, hide, show or remove a stroke */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            hide?: string;
            paused?: boolean;
            remove?: string;
            unhide?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              paused: boolean;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/group-sessions/{id}/note": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The group session note */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              attendance: {
                /** Format: uuid */
                memberId: string;
                present: boolean;
              }[];
              body: string;
              lines: {
                clientName: string | null;
                displayName: string | null;
                line: string;
                /** Format: uuid */
                memberId: string;
              }[];
              /** Format: uuid */
              sessionId: string;
              updatedAt: string | null;
            };
          };
        };
      };
    };
    /** Write the group session note, with a line per member */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            body: string;
            lines: {
              line: string;
              /** Format: uuid */
              memberId: string;
            }[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              attendance: {
                /** Format: uuid */
                memberId: string;
                present: boolean;
              }[];
              body: string;
              lines: {
                clientName: string | null;
                displayName: string | null;
                line: string;
                /** Format: uuid */
                memberId: string;
              }[];
              /** Format: uuid */
              sessionId: string;
              updatedAt: string | null;
            };
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/group-sessions/{id}/rounds": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Make variations from the group’s sketch and words */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              myWords: string | null;
              round: {
                count: number;
                createdAt: string;
                /** Format: uuid */
                id: string;
                myVote: number | null;
                votes: number[];
                wordsGiven: number;
              } | null;
              wordsGiven: number;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/group-sessions/{id}/variations/{index}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One variation of the newest round (PNG) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          index: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/group-sessions/{id}/votes": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Vote for a variation */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            choice: number;
            /** Format: uuid */
            roundId: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              myWords: string | null;
              round: {
                count: number;
                createdAt: string;
                /** Format: uuid */
                id: string;
                myVote: number | null;
                votes: number[];
                wordsGiven: number;
              } | null;
              wordsGiven: number;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/group-sessions/{id}/words": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** My words for the group picture */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            words: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              crisis: {
                contacts: {
                  detail: string;
                  label: string;
                }[];
                heading: string;
                /** @enum {string} */
                level: "concern" | "urgent";
                message: string;
              } | null;
            };
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/group-sessions/{id}/works": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Keep a variation as the group work */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            choice: number;
            /** Format: uuid */
            roundId: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              works: {
                contributors: {
                  displayName: string | null;
                  /** Format: uuid */
                  memberId: string;
                }[];
                createdAt: string;
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                sessionId: string;
              }[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/group-works/{id}/image": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A group work (PNG), made from what is stored now */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/groups": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** My groups (the therapist’s, or those the client is in) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              groups: {
                createdAt: string;
                /** Format: uuid */
                id: string;
                members: number;
                name: string;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    /** Create a group from my caseload (each member needs group consent) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            clientIds: string[];
            name: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              createdAt: string;
              /** Format: uuid */
              id: string;
              members: {
                clientId: string | null;
                clientName: string | null;
                colour: string;
                consent: boolean | null;
                displayName: string | null;
                /** Format: uuid */
                id: string;
                me: boolean;
              }[];
              name: string;
              sessions: {
                endedAt: string | null;
                /** Format: uuid */
                groupId: string;
                /** Format: uuid */
                id: string;
                scheduledAt: string;
                startedAt: string | null;
                /** @enum {string} */
                status: "scheduled" | "in_progress" | "completed" | "cancelled";
                title: string;
              }[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/groups/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A group: members and sessions */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              createdAt: string;
              /** Format: uuid */
              id: string;
              members: {
                clientId: string | null;
                clientName: string | null;
                colour: string;
                consent: boolean | null;
                displayName: string | null;
                /** Format: uuid */
                id: string;
                me: boolean;
              }[];
              name: string;
              sessions: {
                endedAt: string | null;
                /** Format: uuid */
                groupId: string;
                /** Format: uuid */
                id: string;
                scheduledAt: string;
                startedAt: string | null;
                /** @enum {string} */
                status: "scheduled" | "in_progress" | "completed" | "cancelled";
                title: string;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/groups/{id}/me": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Choose how the group sees me */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            displayName: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              createdAt: string;
              crisis: {
                contacts: {
                  detail: string;
                  label: string;
                }[];
                heading: string;
                /** @enum {string} */
                level: "concern" | "urgent";
                message: string;
              } | null;
              /** Format: uuid */
              id: string;
              members: {
                clientId: string | null;
                clientName: string | null;
                colour: string;
                consent: boolean | null;
                displayName: string | null;
                /** Format: uuid */
                id: string;
                me: boolean;
              }[];
              name: string;
              sessions: {
                endedAt: string | null;
                /** Format: uuid */
                groupId: string;
                /** Format: uuid */
                id: string;
                scheduledAt: string;
                startedAt: string | null;
                /** @enum {string} */
                status: "scheduled" | "in_progress" | "completed" | "cancelled";
                title: string;
              }[];
            };
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/groups/{id}/members": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Add a member */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            /** Format: uuid */
            clientId: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              createdAt: string;
              /** Format: uuid */
              id: string;
              members: {
                clientId: string | null;
                clientName: string | null;
                colour: string;
                consent: boolean | null;
                displayName: string | null;
                /** Format: uuid */
                id: string;
                me: boolean;
              }[];
              name: string;
              sessions: {
                endedAt: string | null;
                /** Format: uuid */
                groupId: string;
                /** Format: uuid */
                id: string;
                scheduledAt: string;
                startedAt: string | null;
                /** @enum {string} */
                status: "scheduled" | "in_progress" | "completed" | "cancelled";
                title: string;
              }[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/groups/{id}/members/{memberId}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Take a member out of the group */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          memberId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              createdAt: string;
              /** Format: uuid */
              id: string;
              members: {
                clientId: string | null;
                clientName: string | null;
                colour: string;
                consent: boolean | null;
                displayName: string | null;
                /** Format: uuid */
                id: string;
                me: boolean;
              }[];
              name: string;
              sessions: {
                endedAt: string | null;
                /** Format: uuid */
                groupId: string;
                /** Format: uuid */
                id: string;
                scheduledAt: string;
                startedAt: string | null;
                /** @enum {string} */
                status: "scheduled" | "in_progress" | "completed" | "cancelled";
                title: string;
              }[];
            };
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/groups/{id}/sessions": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Schedule a group session */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            /** Format: date-time */
            scheduledAt: string;
            /** @default  */
            title?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              endedAt: string | null;
              /** Format: uuid */
              groupId: string;
              /** Format: uuid */
              id: string;
              scheduledAt: string;
              startedAt: string | null;
              /** @enum {string} */
              status: "scheduled" | "in_progress" | "completed" | "cancelled";
              title: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/groups/{id}/works": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The group works kept */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              works: {
                contributors: {
                  displayName: string | null;
                  /** Format: uuid */
                  memberId: string;
                }[];
                createdAt: string;
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                sessionId: string;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/health": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Readiness: the database answers */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              database: string;
              /** @enum {string} */
              status: "ok" | "unavailable";
              uptimeSeconds: number;
              version: string;
            };
          };
        };
        /** @description Default Response */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              database: string;
              /** @enum {string} */
              status: "ok" | "unavailable";
              uptimeSeconds: number;
              version: string;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/homework/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Start, complete, cancel or reopen homework */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            /** @enum {string} */
            status: "assigned" | "in_progress" | "completed" | "cancelled";
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              /** Format: uuid */
              clientId: string;
              completedAt: string | null;
              createdAt: string;
              directiveId: string;
              dueAt: string | null;
              goal: string;
              /** Format: uuid */
              id: string;
              instructions: string[];
              mode: string;
              note: string | null;
              overdue: boolean;
              reflectionQuestions: string[];
              /** @enum {string} */
              status: "assigned" | "in_progress" | "completed" | "cancelled";
              title: string;
            };
          };
        };
      };
    };
    trace?: never;
  };
  "/api/homework/{id}/answers": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Answer the reflection questions (screened for crisis language) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            answers: {
              question: string;
              text: string;
            }[];
            /** @default false */
            complete?: boolean;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              crisis: {
                contacts: {
                  detail: string;
                  label: string;
                }[];
                heading: string;
                /** @enum {string} */
                level: "concern" | "urgent";
                message: string;
              } | null;
              homework: {
                /** Format: uuid */
                clientId: string;
                completedAt: string | null;
                createdAt: string;
                directiveId: string;
                dueAt: string | null;
                goal: string;
                /** Format: uuid */
                id: string;
                instructions: string[];
                mode: string;
                note: string | null;
                overdue: boolean;
                reflectionQuestions: string[];
                /** @enum {string} */
                status: "assigned" | "in_progress" | "completed" | "cancelled";
                title: string;
              };
              reflections: {
                artworkId: string | null;
                byClient: boolean;
                createdAt: string;
                /** Format: uuid */
                id: string;
                text: string;
              }[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/homework/{id}/artworks": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Attach a work from the gallery to this homework */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            /** Format: uuid */
            artworkId: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              /** Format: uuid */
              clientId: string;
              completedAt: string | null;
              createdAt: string;
              directiveId: string;
              dueAt: string | null;
              goal: string;
              /** Format: uuid */
              id: string;
              instructions: string[];
              mode: string;
              note: string | null;
              overdue: boolean;
              reflectionQuestions: string[];
              /** @enum {string} */
              status: "assigned" | "in_progress" | "completed" | "cancelled";
              title: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/homework/{id}/music": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Attach a piece the client composed to this homework */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            /** Format: uuid */
            musicId: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              /** Format: uuid */
              clientId: string;
              completedAt: string | null;
              createdAt: string;
              directiveId: string;
              dueAt: string | null;
              goal: string;
              /** Format: uuid */
              id: string;
              instructions: string[];
              mode: string;
              note: string | null;
              overdue: boolean;
              reflectionQuestions: string[];
              /** @enum {string} */
              status: "assigned" | "in_progress" | "completed" | "cancelled";
              title: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/invites/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Withdraw an unused invite */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              /** @enum {boolean} */
              ok: true;
            };
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/invites/by-token/{token}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Check an invite link before joining */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          token: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              clientName?: string;
              locale?: ("en" | "es" | "de") | null;
              reason?: string;
              therapistName?: string;
              valid: boolean;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/invites/by-token/{token}/accept": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Join through an invite: create the client account and sign in */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          token: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            displayName?: string;
            /** Format: email */
            email: string;
            password: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              clientId: string | null;
              csrfToken: string;
              displayName: string;
              email: string;
              locale?: ("en" | "es" | "de") | null;
              /** @enum {string} */
              role: "therapist" | "client" | "admin";
              /** Format: uuid */
              userId: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/measures": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Every measure Hearth offers (PHQ-9, GAD-7, PCL-5, WHO-5, …): items, options, bands */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              measures: {
                bands: {
                  chartLabel: string;
                  id: string;
                  label: string;
                  max: number;
                  min: number;
                  severity: number;
                }[];
                /** @enum {string} */
                better: "lower" | "higher";
                copyright: string;
                /** @enum {string} */
                id: "phq9" | "gad7" | "pcl5" | "who5";
                instructions: string;
                items: string[];
                languages: string[];
                maxTotal: number;
                multiplier: number;
                name: string;
                options: {
                  label: string;
                  value: number;
                }[];
                safetyItem: number | null;
                title: string;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/music/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One piece */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              audioUrl: string;
              /** Format: uuid */
              clientId: string;
              createdAt: string;
              /** Format: uuid */
              id: string;
              listens: {
                after: {
                  arousal: number;
                  distress: number;
                  valence: number;
                };
                before: {
                  arousal: number;
                  distress: number;
                  valence: number;
                };
                createdAt: string;
                /** Format: uuid */
                id: string;
                secondsListened: number;
              }[];
              plan: {
                bpm: number;
                instruments: string[];
                key: string;
                melody: boolean;
                mode: string;
                percussion: boolean;
                register: string;
                textures: string[];
              };
              prompt: string;
              sampleId: string | null;
              sampleRate: number;
              seconds: number;
              seed: number;
              steering: {
                events: {
                  at: string;
                  atSeconds: number;
                  /** @enum {string} */
                  command: "calmer" | "livelier" | "brighter" | "darker" | "slower" | "faster" | "fewer" | "more" | "quieter" | "louder";
                }[];
                /** Format: uuid */
                id: string;
                startedAt: string;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/music/{id}/audio": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The piece as a 16-bit stereo WAV, streamed while it renders; supports Range for seeking */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/music/{id}/listens": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record mood before and after listening */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            after: {
              arousal: number;
              distress: number;
              valence: number;
            };
            before: {
              arousal: number;
              distress: number;
              valence: number;
            };
            secondsListened: number;
            /** Format: uuid */
            steeringId?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              after: {
                arousal: number;
                distress: number;
                valence: number;
              };
              before: {
                arousal: number;
                distress: number;
                valence: number;
              };
              createdAt: string;
              /** Format: uuid */
              id: string;
              secondsListened: number;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/music/{id}/steering": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Start a steered playback: a stream at real-time pace that the listener can steer (calmer, slower, fewer…) while it plays */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              audioUrl: string;
              commands: ("calmer" | "livelier" | "brighter" | "darker" | "slower" | "faster" | "fewer" | "more" | "quieter" | "louder")[];
              events: {
                at: string;
                atSeconds: number;
                /** @enum {string} */
                command: "calmer" | "livelier" | "brighter" | "darker" | "slower" | "faster" | "fewer" | "more" | "quieter" | "louder";
              }[];
              /** Format: uuid */
              id: string;
              leadSeconds: number;
              /** Format: uuid */
              pieceId: string;
              startedAt: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/music/{id}/steering/{steeringId}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Steer a playing piece (calmer, brighter, darker, slower, faster, fewer, more, quieter, louder); recorded with the listening */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          steeringId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            /** @enum {string} */
            command: "calmer" | "livelier" | "brighter" | "darker" | "slower" | "faster" | "fewer" | "more" | "quieter" | "louder";
            position?: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              at: string;
              atSeconds: number;
              /** @enum {string} */
              command: "calmer" | "livelier" | "brighter" | "darker" | "slower" | "faster" | "fewer" | "more" | "quieter" | "louder";
              live: boolean;
              steers: number;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/music/{id}/steering/{steeringId}/audio": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A steered playback as a 16-bit stereo WAV at real-time pace (its steering so far replayed); supports Range */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          steeringId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/music/info": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Voices, textures and rates of the music engine */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              instruments: string[];
              maxSeconds: number;
              sampleRates: number[];
              textures: string[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/notes/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One note, with its integrity checked */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              addenda: {
                contentHash: string;
                createdAt: string;
                /** Format: uuid */
                id: string;
                text: string;
              }[];
              /** Format: uuid */
              clientId: string;
              contentHash: string | null;
              createdAt: string;
              draftedBy: string;
              /** @enum {string} */
              format: "SOAP" | "DAP" | "BIRP";
              /** Format: uuid */
              id: string;
              /** @enum {string} */
              integrity: "draft" | "intact" | "altered";
              sections: {
                key: string;
                label: string;
                text: string;
              }[];
              sessionId: string | null;
              signedAt: string | null;
              /** @enum {string} */
              status: "draft" | "signed";
              updatedAt: string;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Edit a draft (signed notes are locked) */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            sections: {
              key: string;
              label: string;
              text: string;
            }[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              addenda: {
                contentHash: string;
                createdAt: string;
                /** Format: uuid */
                id: string;
                text: string;
              }[];
              /** Format: uuid */
              clientId: string;
              contentHash: string | null;
              createdAt: string;
              draftedBy: string;
              /** @enum {string} */
              format: "SOAP" | "DAP" | "BIRP";
              /** Format: uuid */
              id: string;
              /** @enum {string} */
              integrity: "draft" | "intact" | "altered";
              sections: {
                key: string;
                label: string;
                text: string;
              }[];
              sessionId: string | null;
              signedAt: string | null;
              /** @enum {string} */
              status: "draft" | "signed";
              updatedAt: string;
            };
          };
        };
      };
    };
    trace?: never;
  };
  "/api/notes/{id}/addenda": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Add a dated addendum to a signed note */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            text: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              addenda: {
                contentHash: string;
                createdAt: string;
                /** Format: uuid */
                id: string;
                text: string;
              }[];
              /** Format: uuid */
              clientId: string;
              contentHash: string | null;
              createdAt: string;
              draftedBy: string;
              /** @enum {string} */
              format: "SOAP" | "DAP" | "BIRP";
              /** Format: uuid */
              id: string;
              /** @enum {string} */
              integrity: "draft" | "intact" | "altered";
              sections: {
                key: string;
                label: string;
                text: string;
              }[];
              sessionId: string | null;
              signedAt: string | null;
              /** @enum {string} */
              status: "draft" | "signed";
              updatedAt: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/notes/{id}/series": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The series attached to a session note */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              series: {
                chapters: number;
                /** Format: uuid */
                id: string;
                title: string;
              }[];
            };
          };
        };
      };
    };
    /** Attach series of this client to a draft note (replaces the list) */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            seriesIds: string[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              series: {
                chapters: number;
                /** Format: uuid */
                id: string;
                title: string;
              }[];
            };
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/notes/{id}/sign": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Sign and lock the note (its content hash is recorded) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              addenda: {
                contentHash: string;
                createdAt: string;
                /** Format: uuid */
                id: string;
                text: string;
              }[];
              /** Format: uuid */
              clientId: string;
              contentHash: string | null;
              createdAt: string;
              draftedBy: string;
              /** @enum {string} */
              format: "SOAP" | "DAP" | "BIRP";
              /** Format: uuid */
              id: string;
              /** @enum {string} */
              integrity: "draft" | "intact" | "altered";
              sections: {
                key: string;
                label: string;
                text: string;
              }[];
              sessionId: string | null;
              signedAt: string | null;
              /** @enum {string} */
              status: "draft" | "signed";
              updatedAt: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/plans/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One plan with progress */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              /** Format: uuid */
              clientId: string;
              content: {
                goals: {
                  id: string;
                  objectives: {
                    id: string;
                    target?: {
                      above?: number;
                      below?: number;
                      /** Format: date */
                      by: string;
                      /** @enum {string} */
                      measure: "phq9" | "gad7" | "pcl5" | "who5";
                    };
                    text: string;
                  }[];
                  text: string;
                }[];
                interventions: string[];
                problems: string[];
              };
              createdAt: string;
              /** Format: uuid */
              id: string;
              progress: {
                by: string;
                /** @enum {string} */
                direction: "below" | "above";
                first: number | null;
                goalId: string;
                latest: number | null;
                latestAt: string | null;
                measure: string;
                objectiveId: string;
                /** @enum {string} */
                status: "no_data" | "met" | "not_yet" | "overdue";
                target: number;
              }[];
              shared: boolean;
              /** @enum {string} */
              status: "active" | "archived";
              updatedAt: string;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Revise, share/unshare or archive a plan */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            content?: {
              goals: {
                id: string;
                objectives: {
                  id: string;
                  target?: {
                    above?: number;
                    below?: number;
                    /** Format: date */
                    by: string;
                    /** @enum {string} */
                    measure: "phq9" | "gad7" | "pcl5" | "who5";
                  };
                  text: string;
                }[];
                text: string;
              }[];
              interventions: string[];
              problems: string[];
            };
            shared?: boolean;
            /** @enum {string} */
            status?: "active" | "archived";
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              /** Format: uuid */
              clientId: string;
              content: {
                goals: {
                  id: string;
                  objectives: {
                    id: string;
                    target?: {
                      above?: number;
                      below?: number;
                      /** Format: date */
                      by: string;
                      /** @enum {string} */
                      measure: "phq9" | "gad7" | "pcl5" | "who5";
                    };
                    text: string;
                  }[];
                  text: string;
                }[];
                interventions: string[];
                problems: string[];
              };
              createdAt: string;
              /** Format: uuid */
              id: string;
              progress: {
                by: string;
                /** @enum {string} */
                direction: "below" | "above";
                first: number | null;
                goalId: string;
                latest: number | null;
                latestAt: string | null;
                measure: string;
                objectiveId: string;
                /** @enum {string} */
                status: "no_data" | "met" | "not_yet" | "overdue";
                target: number;
              }[];
              shared: boolean;
              /** @enum {string} */
              status: "active" | "archived";
              updatedAt: string;
            };
          };
        };
      };
    };
    trace?: never;
  };
  "/api/practice/crisis-resources": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The practice's crisis contacts per region and language (the defaults apply elsewhere) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              regions: {
                contacts: {
                  detail: string;
                  label: string;
                }[];
                heading: string;
                /** @enum {string} */
                language: "en" | "es" | "de";
                message: string;
                region: string;
              }[];
            };
          };
        };
      };
    };
    /** Replace the crisis contacts clients are shown, per region and language (the practice owner, password re-entered) */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            regions: {
              contacts: {
                detail: string;
                label: string;
              }[];
              heading: string;
              /** @enum {string} */
              language: "en" | "es" | "de";
              message: string;
              region: string;
            }[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              regions: {
                contacts: {
                  detail: string;
                  label: string;
                }[];
                heading: string;
                /** @enum {string} */
                language: "en" | "es" | "de";
                message: string;
                region: string;
              }[];
            };
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/practice/invites": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Invite a therapist, supervisor or operator: a single-use link valid for 72 hours, shown once (the practice owner) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            /** Format: email */
            email: string;
            /** @enum {string} */
            role: "therapist" | "supervisor" | "operator";
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              createdAt: string;
              email: string;
              expiresAt: string;
              /** Format: uuid */
              id: string;
              /** @enum {string} */
              role: "therapist" | "supervisor" | "operator";
              /** @enum {string} */
              status: "open" | "expired";
              url?: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/practice/invites/{inviteId}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Withdraw an open staff invite (the practice owner) */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          inviteId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              /** @enum {boolean} */
              ok: true;
            };
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/practice/me": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Your role in the practice, the caseloads you supervise (each listing audited on the record) and care moved to or from you */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              isOwner: boolean;
              ownerName: string;
              /** @enum {string} */
              role: "owner" | "therapist" | "supervisor" | "operator";
              supervisees: {
                clients: {
                  displayName: string;
                  /** Format: uuid */
                  id: string;
                }[];
                /** Format: uuid */
                therapistId: string;
                therapistName: string;
              }[];
              transfers: {
                at: string;
                byName: string;
                /** Format: uuid */
                clientId: string;
                clientName: string;
                fromName: string;
                /** Format: uuid */
                id: string;
                toName: string;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/practice/owner": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Hand the practice to another therapist (the practice owner, password re-entered) */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            /** Format: uuid */
            userId: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              /** @enum {boolean} */
              ok: true;
            };
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/practice/security": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Practice setting: require two-step sign-in for therapists (the practice owner or an operator) */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            requireTwoFactorForTherapists: boolean;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              requireTwoFactorForTherapists: boolean;
            };
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/practice/staff": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Staff, their roles, caseloads and supervisees, and open staff invites (the practice owner) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              invites: {
                createdAt: string;
                email: string;
                expiresAt: string;
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                role: "therapist" | "supervisor" | "operator";
                /** @enum {string} */
                status: "open" | "expired";
                url?: string;
              }[];
              staff: {
                active: boolean;
                clients: {
                  displayName: string;
                  /** Format: uuid */
                  id: string;
                  /** @enum {string} */
                  status: "active" | "archived";
                }[];
                displayName: string;
                email: string;
                /** @enum {string} */
                role: "owner" | "therapist" | "supervisor" | "operator";
                superviseeIds: string[];
                /** Format: uuid */
                userId: string;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/practice/staff/{userId}/deactivate": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Deactivate a staff account: its sessions end at once and it cannot sign in (its clients must be transferred first; the practice owner) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          userId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              sessionsEnded: number;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/practice/staff/{userId}/reactivate": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Let a deactivated staff account sign in again (the practice owner) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          userId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              /** @enum {boolean} */
              ok: true;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/practice/staff/{userId}/supervisees": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Give a therapist read-only access to these therapists' caseloads (an empty list ends it; the practice owner) */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          userId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            superviseeIds: string[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              superviseeIds: string[];
            };
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/practice/transfers": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Transfer a client's care to another therapist: they get access, the previous therapist loses it at once (the practice owner) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            /** Format: uuid */
            clientId: string;
            /** Format: uuid */
            toTherapistId: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              at: string;
              byName: string;
              /** Format: uuid */
              clientId: string;
              clientName: string;
              fromName: string;
              /** Format: uuid */
              id: string;
              toName: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/sessions/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One session */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              /** Format: uuid */
              clientId: string;
              endedAt: string | null;
              /** Format: uuid */
              id: string;
              /** @enum {string} */
              kind: "individual" | "group";
              scheduledAt: string;
              startedAt: string | null;
              /** @enum {string} */
              status: "scheduled" | "in_progress" | "completed" | "cancelled";
              title: string;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Start, complete, cancel or reschedule a session */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            reminders?: number[];
            /** Format: date-time */
            scheduledAt?: string;
            /** @enum {string} */
            status?: "scheduled" | "in_progress" | "completed" | "cancelled";
            title?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              /** Format: uuid */
              clientId: string;
              endedAt: string | null;
              /** Format: uuid */
              id: string;
              /** @enum {string} */
              kind: "individual" | "group";
              scheduledAt: string;
              startedAt: string | null;
              /** @enum {string} */
              status: "scheduled" | "in_progress" | "completed" | "cancelled";
              title: string;
            };
          };
        };
      };
    };
    trace?: never;
  };
  "/api/sessions/{id}/directives": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Directives planned for this session */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              directives: {
                createdAt: string;
                directiveId: string;
                mode: string;
                title: string;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    /** Plan a directive for this session */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            directiveId: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              directives: {
                createdAt: string;
                directiveId: string;
                mode: string;
                title: string;
              }[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/sessions/{id}/directives/{directiveId}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Take a directive off this session’s plan */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          directiveId: string;
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              directives: {
                createdAt: string;
                directiveId: string;
                mode: string;
                title: string;
              }[];
            };
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/sessions/{id}/notes": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Draft a SOAP, DAP or BIRP note from this session's facts */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            /**
             * @default SOAP
             * @enum {string}
             */
            format?: "SOAP" | "DAP" | "BIRP";
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              addenda: {
                contentHash: string;
                createdAt: string;
                /** Format: uuid */
                id: string;
                text: string;
              }[];
              /** Format: uuid */
              clientId: string;
              contentHash: string | null;
              createdAt: string;
              draftedBy: string;
              /** @enum {string} */
              format: "SOAP" | "DAP" | "BIRP";
              /** Format: uuid */
              id: string;
              /** @enum {string} */
              integrity: "draft" | "intact" | "altered";
              sections: {
                key: string;
                label: string;
                text: string;
              }[];
              sessionId: string | null;
              signedAt: string | null;
              /** @enum {string} */
              status: "draft" | "signed";
              updatedAt: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/sessions/{id}/reminders": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One session's reminders and whether the client saw them */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              reminders: {
                active: boolean;
                dismissedAt: string | null;
                due: boolean;
                dueAt: string;
                /** Format: uuid */
                id: string;
                minutesBefore: number;
                scheduledAt: string;
                seenAt: string | null;
                /** Format: uuid */
                sessionId: string;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/setup": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Whether the first therapist account still has to be created */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              needsSetup: boolean;
            };
          };
        };
      };
    };
    put?: never;
    /** Create the first therapist account (first run only) and sign in */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            displayName: string;
            /** Format: email */
            email: string;
            /** @enum {string} */
            locale?: "en" | "es" | "de";
            password: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              clientId: string | null;
              csrfToken: string;
              displayName: string;
              email: string;
              locale?: ("en" | "es" | "de") | null;
              /** @enum {string} */
              role: "therapist" | "client" | "admin";
              /** Format: uuid */
              userId: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/staff-invites/{token}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Check a staff invite link before joining */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          token: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              email?: string;
              ownerName?: string;
              reason?: string;
              /** @enum {string} */
              role?: "therapist" | "supervisor" | "operator";
              twoFactorRequired?: boolean;
              valid: boolean;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/staff-invites/{token}/accept": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Join the practice through a staff invite: choose a name and password, and sign in */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          token: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            displayName: string;
            password: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              clientId: string | null;
              csrfToken: string;
              displayName: string;
              email: string;
              locale?: ("en" | "es" | "de") | null;
              /** @enum {string} */
              role: "therapist" | "client" | "admin";
              /** Format: uuid */
              userId: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/studio": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Styles and the image backend in use */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              backend: {
                external: boolean;
                id: string;
                label: string;
              };
              maxSize: number;
              styles: {
                description: string;
                id: string;
                label: string;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/studio/backends": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Who can make a picture ("Made by"): the built-in engine, then each model server the (client’s) therapist may use (no addresses or credentials) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              backends: {
                external: boolean;
                id: string;
                kind: string;
                label: string;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/supports/symbols/{word}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The symbol a word names (en/es/de): a shape of the studio library, or a face for a feeling word (PNG) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          word: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: never;
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
