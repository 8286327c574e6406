export default function HomePage() {
  return <h1 className="text-3xl">GovStack Portal</h1>;
}
