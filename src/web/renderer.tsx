/** The one jsxRenderer: wraps every c.render() page in the shared layout with its title. */
import { jsxRenderer } from 'hono/jsx-renderer'
import { Layout } from '../../views/layout.tsx'

declare module 'hono' {
  interface ContextRenderer {
    (content: string | Promise<string>, props: { title: string }): Response | Promise<Response>
  }
}

export const renderer = jsxRenderer(({ children, title }, c) => (
  <Layout title={title} path={c.req.path} account={c.var.principal?.via === 'session' ? c.var.principal.name : undefined}>
    {children}
  </Layout>
))
