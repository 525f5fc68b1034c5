const { handler } = require('../index');
test('CouponIntent reads coupons', async () => {
  const res = await invoke(handler, fixtures[0]);
  expect(res.response).toMatchSnapshot();
});
