# Production image: a static-ish release build on a distroless base, run as non-root with a
# read-only root filesystem (the binary writes nothing but logs to stderr).
#   docker build -t jobs-server .
#   docker run --read-only -p 8080:8080 -e JOBS_LISTEN_ADDR=0.0.0.0:8080 \
#     -e JOBS_DATABASE_URL=postgres://... -e JOBS_JWKS_URL=... jobs-server

FROM rust:1.95-slim-bookworm AS build
WORKDIR /src
COPY Cargo.toml Cargo.lock ./
COPY generated generated
COPY server server
COPY migrations migrations
COPY openapi.yaml openapi.yaml
# The guides the server serves at /docs/guides/ (compiled into the binary).
COPY docs docs
RUN cargo build --release --locked -p jobs-server

FROM gcr.io/distroless/cc-debian12:nonroot
COPY --from=build /src/target/release/jobs-server /usr/local/bin/jobs-server
USER 65532:65532
EXPOSE 8080 9464
# On a non-loopback listener the server needs an identity provider: set JOBS_JWKS_URL,
# JOBS_JWT_ISSUER and JOBS_JWT_AUDIENCE (JOBS_DEV_IDENTITY=on only for a throwaway demo), and
# JOBS_MIGRATION_DATABASE_URL for the owner login beside JOBS_DATABASE_URL for jobs_api.
ENV JOBS_LISTEN_ADDR=0.0.0.0:8080
ENTRYPOINT ["/usr/local/bin/jobs-server"]
CMD ["serve"]
