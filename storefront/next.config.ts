import type { NextConfig } from "next"

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // Parallel work (several test runs building at once) can each use their own build folder.
  distDir: process.env.JAHWAL_NEXT_DIST_DIR || ".next",
  turbopack: {
    root: __dirname,
  },
}

export default nextConfig
